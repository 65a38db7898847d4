/** The route table (lib/site/pages.ts) is the one source of static params, the sitemap and the link check. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '@/lib/site/load';
import { atLeastOne, NO_TERMS, pageRoutes, sitePagePaths, sitePaths } from '@/lib/site/pages';
import { contentFolder, edit, SEED_BULLETIN, SEED_CONTENT_DIR } from '../content/helpers';

const seed = loadSiteContent(SEED_CONTENT_DIR);

describe('atLeastOne', () => {
  it('keeps the params of a route that has pages', () => {
    expect(atLeastOne(pageRoutes.qaTag, [{ tag: 'a' }, { tag: 'b' }])).toEqual([{ tag: 'a' }, { tag: 'b' }]);
  });

  it('gives a taxonomy with no terms one placeholder page, so the static export still builds', () => {
    expect(atLeastOne(pageRoutes.qaTag, [])).toEqual([{ tag: NO_TERMS }]);
    expect(atLeastOne(pageRoutes.year, [])).toEqual([{ year: NO_TERMS }]);
    expect(NO_TERMS).toMatch(/^[a-z_-]+$/);
  });

  it('gives no placeholder to a route that is not a taxonomy', () => {
    expect(atLeastOne(pageRoutes.qa, [])).toEqual([]);
  });
});

describe('the route table', () => {
  it('lists every page of the seed once, each under its route', () => {
    const pages = sitePagePaths(seed);
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages).toContain('/bulletins/2024-02/');
    expect(pages).toContain('/bulletins/2024-02/1-1/');
    expect(pages.filter((page) => page.startsWith('/qa/tags/')).length).toBe(seed.taxonomies.qaTags.length + 1);
  });

  it('publishes the feeds and data files beside the pages', () => {
    expect(sitePaths(seed)).toEqual(expect.arrayContaining(['/feed.xml', '/sections/central/feed.xml', '/sitemap.xml', '/data/items.csv']));
  });

  // A page file that computed its own params could export pages the sitemap never lists.
  it('gives every dynamic page and feed of app/ its params from the table', () => {
    const files = readdirSync('app', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /^(page\.tsx|route\.ts)$/.test(entry.name) && entry.parentPath.includes('['))
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).toMatch(/staticParams\((?:pageRoutes|feedRoutes)\.\w+\)|route: pageRoutes\.\w+/);
      expect(source, file).not.toMatch(/\.map\(\(\w+\) => \(\{ \w+: /);
    }
  });
});

describe('loadSiteContent', () => {
  // Pages, sitemap and link check share one order and one set of taxonomies, built in the load.
  it('gives the issues newest first, with taxonomies built from that order', () => {
    const older = edit(SEED_BULLETIN, 'number: 2', 'number: 1');
    const loaded = loadSiteContent(contentFolder({ 'bulletins/2024-01.md': older, 'bulletins/2024-02.md': SEED_BULLETIN }));
    expect(loaded.bulletins.map((b) => b.id)).toEqual(['2024-02', '2024-01']);
    const source = loaded.taxonomies.sources[0];
    expect(source?.entries.map((e) => (e.ref.kind === 'item' ? e.ref.issueId : '')).slice(0, 2)).toEqual(['2024-02', '2024-02']);
    expect(source?.entries.at(-1)?.ref).toMatchObject({ issueId: '2024-01' });
  });
});
