/**
 * bench/RESULTS.md: the last table of each bench, committed so every result is on record.
 * Each bench rewrites only its own section, between markers, and leaves the others.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE = path.resolve('bench', 'RESULTS.md');
const HEADER =
  '# Bench results\n\nWritten by the benches themselves (`npm run bench:build`, `npm run bench`, `npm run bench:lighthouse`); each run replaces its own section.\n';

export function writeResultsSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const at = text.indexOf(start);
  const until = text.indexOf(end);
  const next =
    at >= 0 && until > at ? `${text.slice(0, at)}${section}${text.slice(until + end.length)}` : `${text.trimEnd()}\n\n${section}\n`;
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, next);
}
