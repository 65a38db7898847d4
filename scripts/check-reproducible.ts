/**
 * Reproducible output: builds the site twice from a clean .next/ and requires the two
 * exports to be byte-identical, and free of this machine's absolute paths.
 *
 *   npm run check:reproducible                    two builds, into out-repro-a/ and out-repro-b/
 *   npm run check:reproducible -- --against out   one build into out-repro-b/, compared with an existing export
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({ options: { against: { type: 'string' } } });

function build(exportDir: string) {
  rmSync(path.resolve(exportDir), { recursive: true, force: true });
  // Nothing cached from an earlier build may stand in for the work this one must redo.
  rmSync(path.resolve('.next'), { recursive: true, force: true });
  console.log(`Building into ${exportDir}/ …`);
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, OUT_DIR: exportDir, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  console.log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

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

const first = options.against ?? 'out-repro-a';
const second = 'out-repro-b';
if (options.against) {
  if (!existsSync(first)) {
    console.error(`${first}/ does not exist: build it first`);
    process.exit(1);
  }
} else {
  build(first);
}
build(second);

const problems: string[] = [];
const left = files(first);
const right = new Set(files(second));
for (const file of left) {
  if (!right.has(file)) problems.push(`${file}: only in ${first}/`);
}
for (const file of right) if (!left.includes(file)) problems.push(`${file}: only in ${second}/`);
// The checkout's absolute path would differ on every other machine (shorter ones, /tmp or /root, occur in ordinary text).
const machinePaths = [process.cwd()];
for (const file of left.filter((f) => right.has(f))) {
  const a = readFileSync(path.join(first, file));
  const b = readFileSync(path.join(second, file));
  if (!a.equals(b)) problems.push(`${file}: differs at ${firstDifference(a, b)}`);
  const text = a.toString('utf8');
  for (const machinePath of machinePaths)
    if (text.includes(machinePath)) problems.push(`${file}: contains the absolute path ${machinePath}`);
}

for (const problem of problems.slice(0, 50)) console.error(problem);
if (problems.length > 50) console.error(`… and ${problems.length - 50} more`);
console.log(`reproducible: ${left.length} files compared, ${problems.length} problem(s)`);
if (problems.length === 0) rmSync(second, { recursive: true, force: true });
process.exit(problems.length === 0 ? 0 : 1);
