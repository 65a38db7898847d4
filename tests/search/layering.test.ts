/** The engine in lib/search is a library: it must not reach into the site (content, routes, the site glue in lib/site-search). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('lib/search', () => {
  it('imports only its own modules and the shared hash', () => {
    const dir = new URL('../../lib/search/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const specifiers = [...source.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]);
      for (const specifier of specifiers) expect(specifier, file).toMatch(/^(?:\.\/[\w.-]+|\.\.\/hash)$/);
    }
  });
});
