import { describe, expect, it } from 'vitest';
import { type ElementCompact, xml2js } from 'xml-js';
import { buildFeed, FEED_SIZE } from '@/lib/feeds/build-feed';
import { allFeedEntries, sectionFeedEntries } from '@/lib/feeds/entries';
import { absolutizeHtml, escapeHtml } from '@/lib/feeds/html';
import { site } from '@/lib/settings';
import { loadSiteContent } from '@/lib/site/load';
import { SEED_CONTENT_DIR } from '../content/helpers';

const seed = loadSiteContent(SEED_CONTENT_DIR);
const entries = allFeedEntries(seed.bulletins, seed.qas);
const feed = buildFeed({ title: site.name, description: site.description, pagePath: '/', entries });

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const text = (node: ElementCompact | undefined): string => String(node?._text ?? node?._cdata ?? '');

describe('RSS 2.0', () => {
  const rss = xml2js(feed.rss2(), { compact: true }) as ElementCompact;
  const channel = rss.rss?.channel as ElementCompact;
  const items = list(channel.item as ElementCompact | ElementCompact[]);

  it('is well-formed RSS 2.0 with the site as the channel', () => {
    expect(rss.rss?._attributes?.version).toBe('2.0');
    expect(text(channel.title)).toBe(site.name);
    expect(text(channel.link)).toBe(`${site.url}/`);
  });

  it('carries every seed item and the Q&A in full text, with absolute links and dates', () => {
    expect(items).toHaveLength(13);
    const titles = items.map((i) => text(i.title));
    expect(titles).toContain('山西省开展数字乡村试点');
    expect(titles).toContain('中央网信办有关负责同志就《数字乡村发展行动计划（2022-2025年）》答记者问');
    const shanxi = items.find((i) => text(i.title) === '山西省开展数字乡村试点');
    expect(text(shanxi?.link)).toBe(`${site.url}/bulletins/2024-02/2-2-2/`);
    const content = text(shanxi?.['content:encoded'] as ElementCompact);
    expect(content).toContain('高质量推进全省数字乡村建设。');
    expect(content).toContain('（信息来源：山西网信网）');
    for (const item of items) {
      expect(text(item.link)).toMatch(/^https?:\/\//);
      expect(Number.isNaN(Date.parse(text(item.pubDate)))).toBe(false);
    }
  });

  it('keeps print order within an issue', () => {
    const issueItems = items.map((i) => text(i.link)).filter((link) => link.includes('/bulletins/'));
    expect(issueItems[0]).toMatch(/\/1-1\/$/);
    expect(issueItems.at(-1)).toMatch(/\/3-2-3\/$/);
  });
});

describe('Atom 1.0', () => {
  const atom = xml2js(feed.atom1(), { compact: true }) as ElementCompact;
  const root = atom.feed as ElementCompact;
  const feedEntries = list(root.entry as ElementCompact | ElementCompact[]);

  it('has an id, a title and an updated time for the feed and every entry', () => {
    expect(root._attributes?.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(text(root.id)).toBe(`${site.url}/`);
    expect(Number.isNaN(Date.parse(text(root.updated)))).toBe(false);
    expect(feedEntries).toHaveLength(13);
    for (const entry of feedEntries) {
      expect(text(entry.id)).toMatch(/^https?:\/\//);
      expect(text(entry.title).length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(text(entry.updated)))).toBe(false);
      expect(text(entry.content).length).toBeGreaterThan(50);
    }
  });

  it('dates the Q&A by its own publication time', () => {
    const qa = feedEntries.find((e) => text(e.id).includes('/qa/'));
    expect(new Date(text(qa?.published)).toISOString()).toBe(new Date('2022-01-26T18:56:08+08:00').toISOString());
    expect(text(qa?.content)).toContain('<h2>六、下一步如何推动《行动计划》贯彻落实？</h2>');
  });
});

describe('JSON Feed', () => {
  const json = JSON.parse(feed.json1()) as { version: string; items: { id: string; url: string; content_html: string; title: string }[] };

  it('is a JSON Feed with every entry in full text', () => {
    expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\//);
    expect(json.items).toHaveLength(13);
    const item = json.items.find((i) => i.title.startsWith('江西省高安市'));
    expect(item?.content_html).toContain('每月销售2万元');
  });
});

describe('section feeds and limits', () => {
  it('a section feed holds only that section’s items', () => {
    const work = sectionFeedEntries(seed.bulletins, 'work');
    expect(work).toHaveLength(6);
    expect(work.every((e) => e.category === 'work')).toBe(true);
    const rss = xml2js(buildFeed({ title: 't', description: 'd', pagePath: '/sections/work/', entries: work }).rss2(), {
      compact: true,
    }) as ElementCompact;
    const channel = rss.rss?.channel as ElementCompact | undefined;
    expect(list(channel?.item as ElementCompact[] | undefined)).toHaveLength(6);
  });

  it(`a feed carries at most ${FEED_SIZE} entries, the newest`, () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, i) => ({
      ...(entries[0] as (typeof entries)[number]),
      id: `${site.url}/x/${i}/`,
      updated: new Date(Date.UTC(2030, 0, FEED_SIZE + 5 - i)),
    }));
    const json = JSON.parse(buildFeed({ title: 't', description: 'd', pagePath: '/', entries: many }).json1()) as {
      items: { id: string }[];
    };
    expect(json.items).toHaveLength(FEED_SIZE);
    expect(json.items[0]?.id).toBe(`${site.url}/x/0/`);
  });
});

describe('feed HTML', () => {
  it('makes site-relative links and images absolute, and leaves others alone', () => {
    expect(
      absolutizeHtml(
        '<a href="/qa/">问答</a><img src="/images/a.jpg" alt="图"><a href="https://www.news.cn/">新华</a><a href="#q1">一</a>',
      ),
    ).toBe(
      `<a href="${site.url}/qa/">问答</a><img src="${site.url}/images/a.jpg" alt="图"><a href="https://www.news.cn/">新华</a><a href="#q1">一</a>`,
    );
  });

  it('escapes text placed in HTML', () => {
    expect(escapeHtml('<b>"甲" & \'乙\'</b>')).toBe('&#60;b&#62;&#34;甲&#34; &#38; &#39;乙&#39;&#60;/b&#62;');
  });
});
