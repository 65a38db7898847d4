/**
 * Two exports of the same commit and content must be byte-identical, and free of this
 * machine's absolute paths (npm run check:reproducible builds them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Where two files first differ, with a little of each side, so the cause can be read off. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const show = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 40).toString('utf8'));
  return `byte ${at}: ${show(a)} vs ${show(b)}`;
}

/** Compares export `first` with `second`; returns the files of `first` and `file: what is wrong` lines. */
export function exportDifferences(first: string, second: string, machinePaths: readonly string[]): { files: number; problems: string[] } {
  const problems: string[] = [];
  const left = files(first);
  const right = new Set(files(second));
  for (const file of left) {
    if (!right.has(file)) problems.push(`${file}: only in ${first}/`);
  }
  for (const file of right) if (!left.includes(file)) problems.push(`${file}: only in ${second}/`);
  for (const file of left.filter((f) => right.has(f))) {
    const a = readFileSync(path.join(first, file));
    const b = readFileSync(path.join(second, file));
    if (!a.equals(b)) problems.push(`${file}: differs at ${firstDifference(a, b)}`);
    const text = a.toString('utf8');
    for (const machinePath of machinePaths)
      if (text.includes(machinePath)) problems.push(`${file}: contains the absolute path ${machinePath}`);
  }
  return { files: left.length, problems };
}
