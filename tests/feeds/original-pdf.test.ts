/**
 * An issue that keeps its original PDF offers it: the feeds carry it as each item's enclosure,
 * with its size, read from the public folder (here a temporary one, the build's working folder).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originalPdfFile } from '@/lib/content/original-pdf-file';
import { buildFeed } from '@/lib/feeds/build-feed';
import { allFeedEntries } from '@/lib/feeds/entries';
import { site } from '@/lib/settings';
import { loadSiteContent } from '@/lib/site/load';
import { SEED_CONTENT_DIR } from '../content/helpers';

const seed = loadSiteContent(SEED_CONTENT_DIR);
const bulletins = seed.bulletins.map((b) => ({ ...b, pdf: `/pdf/${b.id}.pdf`, date: '2024-02-29' }));
const where = process.cwd();
const folder = mkdtempSync(path.join(tmpdir(), 'original-pdf-'));

beforeAll(() => {
  mkdirSync(path.join(folder, 'public/pdf'), { recursive: true });
  writeFileSync(path.join(folder, 'public/pdf/2024-02.pdf'), new Uint8Array(123_456));
  process.chdir(folder);
});
afterAll(() => {
  process.chdir(where);
  rmSync(folder, { recursive: true, force: true });
});

describe('the original PDF', () => {
  it('is found with its size, and a hand-written issue has none', () => {
    expect(originalPdfFile(bulletins[0] as (typeof bulletins)[number])).toEqual({ url: '/pdf/2024-02.pdf', bytes: 123_456 });
    expect(originalPdfFile({})).toBeUndefined();
  });

  it("is every item of its issue's enclosure in RSS", () => {
    const feed = buildFeed({ title: site.name, description: site.description, pagePath: '/', entries: allFeedEntries(bulletins, []) });
    const rss = feed.rss2();
    const enclosures = rss.match(/<enclosure [^>]*\/>/gu) ?? [];
    expect(enclosures).toHaveLength(12);
    expect(enclosures[0]).toBe(`<enclosure length="123456" type="application/pdf" url="${site.url}/pdf/2024-02.pdf"/>`);
  });
});
