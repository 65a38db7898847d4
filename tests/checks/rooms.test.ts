/**
 * The rooms import downward: the site (app, components, lib) knows nothing of the commands,
 * the bench or the tests; tests and bench share through lib/ (lib/testing/), never by
 * importing each other; no test imports a command (it may spawn one). Kept by this test,
 * as lib/search's own boundary is by tests/search/layering.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const ROOMS = ['app', 'components', 'lib', 'scripts', 'bench', 'tests'] as const;

/** Each source file's imports that lead into the project, as paths from its root. */
function projectImports(): { file: string; target: string }[] {
  const found: { file: string; target: string }[] = [];
  for (const room of ROOMS) {
    const files = readdirSync(path.join(root, room), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs)$/.test(entry.name) && !entry.parentPath.includes(`${path.sep}fixtures`))
      .map((entry) => path.join(entry.parentPath, entry.name));
    for (const full of files) {
      const file = path.relative(root, full).split(path.sep).join('/');
      const source = readFileSync(full, 'utf8');
      for (const match of source.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|^import\s+'([^']+)'/gm)) {
        const specifier = match[1] ?? match[2] ?? match[3] ?? '';
        const resolved = specifier.startsWith('@/')
          ? specifier.slice(2)
          : specifier.startsWith('.')
            ? path
                .relative(root, path.resolve(path.dirname(full), specifier))
                .split(path.sep)
                .join('/')
            : undefined;
        if (resolved !== undefined) found.push({ file, target: resolved });
      }
    }
  }
  return found;
}

const roomOf = (file: string) => (file.startsWith('lib/testing/') ? 'lib/testing' : file.split('/')[0]);

/** Which rooms each room must not import. */
const FORBIDDEN: Record<string, readonly string[]> = {
  app: ['scripts', 'bench', 'tests', 'lib/testing'],
  components: ['scripts', 'bench', 'tests', 'lib/testing'],
  lib: ['scripts', 'bench', 'tests', 'lib/testing', 'app'],
  'lib/testing': ['scripts', 'bench', 'tests', 'app', 'components'],
  scripts: ['tests'],
  bench: ['scripts', 'tests'],
  tests: ['scripts', 'bench'],
};

describe('the rooms of the project', () => {
  const imports = projectImports();

  it('finds the imports it checks', () => {
    expect(imports.some(({ file, target }) => file.startsWith('bench/') && target.startsWith('lib/testing/'))).toBe(true);
    expect(imports.some(({ file, target }) => file.startsWith('tests/') && target.startsWith('lib/testing/'))).toBe(true);
  });

  it('import downward only: the site knows no command, bench or test; tests and bench share through lib/testing/', () => {
    const wrong = imports
      .filter(({ file, target }) => (FORBIDDEN[roomOf(file) ?? ''] ?? []).includes(roomOf(target) ?? ''))
      .map(({ file, target }) => `${file} → ${target}`);
    expect(wrong).toEqual([]);
  });
});
