/**
 * The house plan: which folder may import which. Each import must point at its own folder
 * or a lower layer, and folders of one layer must not import each other in a circle, so
 * the import graph has no arrow running back up (lib/content never depends on the layers
 * built on it; the site knows no command, bench or test). A new folder fails here until it
 * is given a layer. Tests may import any layer but the commands: they share with the bench
 * through lib/testing/, and run a command by spawning it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Top to bottom. A folder imports its own files and those of lower layers only. */
const LAYERS: readonly (readonly string[])[] = [
  // The commands, and what only they and the tests use.
  ['scripts', 'bench', 'lib/testing'],
  ['app', 'lib/build', 'lib/checks', 'lib/generators'],
  ['lib/cms'],
  ['components'],
  ['lib/site'],
  ['lib/taxonomy', 'lib/cite', 'lib/feeds', 'lib/seo', 'lib/import', 'lib/site-search', 'lib/open-data', 'lib/stats', 'lib/share'],
  ['lib/content', 'lib/search'],
  // lib/*.ts: settings, routes, dates and the small helpers everything shares.
  ['lib/*'],
];

const ROOT = path.resolve('.');
const SOURCE = /\.(?:ts|tsx|mjs)$/;

/** The folder (room) a project file belongs to: `lib/content`, `app`, or `lib/*` for lib's own files. */
function roomOf(file: string): string {
  const parts = path.relative(ROOT, file).split(path.sep);
  if (parts[0] === 'lib') return parts.length === 2 ? 'lib/*' : `lib/${parts[1]}`;
  return parts[0] ?? '';
}

function sourceFiles(): string[] {
  return [...LAYERS.flat(), 'tests']
    .filter((room) => room !== 'lib/*' && existsSync(room))
    .flatMap((room) =>
      readdirSync(room, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !/node_modules|fixtures/.test(entry.parentPath))
        .map((entry) => path.resolve(entry.parentPath, entry.name)),
    )
    .concat(
      readdirSync('lib', { withFileTypes: true })
        .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
        .map((entry) => path.resolve('lib', entry.name)),
    );
}

/** The project files `file` imports (statically, dynamically or for its side effects), by absolute path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
  return specifiers
    .filter((s) => s.startsWith('.') || s.startsWith('@/'))
    .map((s) => (s.startsWith('@/') ? path.join(ROOT, s.slice(2)) : path.resolve(path.dirname(file), s)));
}

const files = sourceFiles();
const arrows = files.flatMap((file) => importsOf(file).map((target) => ({ file, from: roomOf(file), to: roomOf(target) })));
const layerOf = new Map(LAYERS.flatMap((rooms, layer) => rooms.map((room) => [room, layer] as const)));

describe('the house plan', () => {
  it('gives every folder a layer', () => {
    const rooms = new Set(arrows.flatMap((a) => [a.from, a.to]).filter((room) => room !== 'tests' && room !== 'public'));
    expect([...rooms].filter((room) => !layerOf.has(room))).toEqual([]);
  });

  it('has no import from a lower layer up to a higher one', () => {
    const upward = arrows
      .filter((a) => a.from !== 'tests' && a.from !== a.to && (layerOf.get(a.to) ?? -1) < (layerOf.get(a.from) ?? -1))
      .map((a) => `${path.relative(ROOT, a.file)} → ${a.to}`);
    expect(upward).toEqual([]);
  });

  it('has tests import no command and no bench: they share through lib/testing/', () => {
    const wrong = arrows.filter((a) => a.from === 'tests' && (a.to === 'scripts' || a.to === 'bench'));
    expect(wrong.map((a) => `${path.relative(ROOT, a.file)} → ${a.to}`)).toEqual([]);
  });

  it('keeps lib/content to itself and lib/*.ts: the content layer knows nothing of the site', () => {
    const out = arrows.filter((a) => a.from === 'lib/content' && a.to !== 'lib/content' && a.to !== 'lib/*');
    expect(out.map((a) => `${path.relative(ROOT, a.file)} → ${a.to}`)).toEqual([]);
  });

  it('has no circle of folders', () => {
    const next = new Map<string, Set<string>>();
    for (const a of arrows) if (a.from !== a.to && a.from !== 'tests') next.set(a.from, (next.get(a.from) ?? new Set()).add(a.to));
    const circles: string[] = [];
    const visit = (room: string, trail: string[]) => {
      if (trail.includes(room)) {
        circles.push([...trail.slice(trail.indexOf(room)), room].join(' → '));
        return;
      }
      for (const to of next.get(room) ?? []) visit(to, [...trail, room]);
    };
    for (const room of next.keys()) visit(room, []);
    expect(circles).toEqual([]);
  });

  it('reads the imports it judges', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(arrows.some((a) => a.from === 'app' && a.to === 'lib/site')).toBe(true);
    expect(arrows.some((a) => a.from === 'lib/site' && a.to === 'lib/content')).toBe(true);
    expect(arrows.some((a) => a.from === 'bench' && a.to === 'lib/testing')).toBe(true);
    expect(arrows.some((a) => a.from === 'tests' && a.to === 'lib/testing')).toBe(true);
  });
});
