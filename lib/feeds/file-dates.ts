import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const cache = new Map<string, Date>();

/**
 * When a content file last changed on the site: its last commit, else its modification
 * time. Feeds need a date for every entry and an issue's own date is optional and never
 * guessed, so an undated issue's items are dated by when they were published here.
 */
export function lastChanged(file: string): Date {
  const known = cache.get(file);
  if (known) return known;
  const date = commitDate(file) ?? statSync(file).mtime;
  cache.set(file, date);
  return date;
}

function commitDate(file: string): Date | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const date = out ? new Date(out) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  } catch {
    return undefined;
  }
}
