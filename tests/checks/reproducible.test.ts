/** lib/checks/reproducible.ts: two exports compared byte for byte, and for this machine's paths. */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDifferences } from '../../lib/checks/reproducible';
import { folderWith } from '../folders';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function exportOf(name: string, files: Record<string, string>): string {
  const dir = folderWith(files, `reproducible-${name}-`);
  made.push(dir);
  return dir;
}

describe('exportDifferences', () => {
  it('passes two identical exports', () => {
    const files = { 'index.html': '<p>一</p>', 'a/b.json': '{}' };
    expect(exportDifferences(exportOf('same-a', files), exportOf('same-b', files), ['/nowhere'])).toEqual({ files: 2, problems: [] });
  });

  it('names a file that differs, one that is missing, and a machine path', () => {
    const first = exportOf('first', { 'index.html': '<p>a</p>', 'gone.txt': 'x', 'path.txt': 'built in /home/me/site' });
    const second = exportOf('second', { 'index.html': '<p>b</p>', 'path.txt': 'built in /home/me/site' });
    const { problems } = exportDifferences(first, second, ['/home/me/site']);
    expect(problems).toHaveLength(3);
    expect(problems).toContain(`gone.txt: only in ${first}/`);
    expect(problems.find((problem) => problem.startsWith('index.html: differs at byte 3'))).toBeDefined();
    expect(problems).toContain('path.txt: contains the absolute path /home/me/site');
  });
});
