/** Matching, ranking, filters, snippets and paging, on small hand-made corpora and the seed. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/search/build';
import { createMemorySearcher, createSearcher, loadFromFiles } from '../../lib/search/searcher';
import type { SearchDocument, SearchResponse } from '../../lib/search/types';
import { siteDocs } from './site-docs';

function doc(id: string, title: string, body: string, order: number, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { id, type: 'bulletin', title, body, url: `/x/${id}/`, year: Math.floor(order / 1000), order, ...extra };
}

const ids = (r: SearchResponse): string[] => r.results.map((x) => x.id);

/** Both engines, so every behaviour below is checked through the shards too. */
function searchers(docs: SearchDocument[]) {
  return [
    createMemorySearcher(docs),
    createSearcher(loadFromFiles(buildIndex(docs, { termShards: 4, targetMetaBytes: 200, targetTextBytes: 200 }).files)),
  ];
}

describe('ranking', () => {
  it('ranks a title match above a body match, even an older one with fewer occurrences', async () => {
    const docs = [
      doc('body', '农业新闻', '数字乡村，数字乡村，数字乡村建设全面推进，数字乡村。', 2024020),
      doc('title', '数字乡村建设', '今年的工作安排。', 2019010),
    ];
    for (const s of searchers(docs)) expect(ids(await s.search('数字乡村'))).toEqual(['title', 'body']);
  });

  it('breaks ties by the newer issue, then by input order', async () => {
    const docs = [
      doc('old', '智慧农业', '推进智慧农业。', 2023050),
      doc('new-a', '智慧农业', '推进智慧农业。', 2024020),
      doc('newest', '智慧农业', '推进智慧农业。', 2024030),
      doc('new-b', '智慧农业', '推进智慧农业。', 2024020),
    ];
    for (const s of searchers(docs)) expect(ids(await s.search('智慧农业'))).toEqual(['newest', 'new-a', 'new-b', 'old']);
  });

  it('prefers more title terms, then body relevance, before recency', async () => {
    const docs = [
      doc('newer-weak', '乡村', '农业发展。', 2024020),
      doc('older-strong', '乡村', '农业发展，农业发展，农业发展，农业强国。', 2020010),
      doc('title-both', '乡村农业', '其他。', 2010010),
      // Unrelated documents give 农业 a meaningful idf.
      ...['x1', 'x2', 'x3'].map((id) => doc(id, '其他', '无关内容。', 2024020)),
    ];
    for (const s of searchers(docs)) {
      expect(ids(await s.search('乡村 农业'))).toEqual(['title-both', 'older-strong', 'newer-weak']);
    }
  });

  it('requires every bigram (AND) and appends unigram-fallback hits below', async () => {
    const docs = [
      doc('phrase', '标题', '大力发展农村电商。', 2020010),
      doc('split', '标题', '农村直播电商快速发展。', 2024020),
      doc('chars', '标题', '电子商务进农村。', 2024020),
      doc('none', '标题', '农村公路。', 2024020),
    ];
    for (const s of searchers(docs)) {
      const r = await s.search('农村电商');
      expect(r.terms).toEqual(['农村', '村电', '电商']);
      expect(r.usedFallback).toBe(true);
      expect(ids(r)).toEqual(['phrase', 'split', 'chars']);
      expect(r.results.map((x) => x.tier)).toEqual([1, 2, 2]);
    }
    // With a fallback threshold of 1, the single exact hit is enough.
    const strict = createMemorySearcher(docs, { minHits: 1 });
    const r = await strict.search('农村电商');
    expect(ids(r)).toEqual(['phrase']);
    expect(r.usedFallback).toBe(false);
  });

  it('keeps Latin words required in the fallback', async () => {
    const docs = [doc('a', '5G 网络', '乡村覆盖。', 2024020), doc('b', '网络', '乡村覆盖。', 2024020)];
    for (const s of searchers(docs)) expect(ids(await s.search('5G 乡村网络'))).toEqual(['a']);
  });
});

describe('filters', () => {
  const docs = [
    doc('c1', '中央文件', '乡村振兴', 2024020, { section: 'central' }),
    doc('m1', '部委通知', '乡村振兴', 2024020, { section: 'work', subsection: 'ministries' }),
    doc('l1', '地方动态', '乡村振兴', 2023010, { section: 'work', subsection: 'local', year: 2023 }),
    doc('e1', '企业实践', '乡村振兴', 2024030, { section: 'practice', subsection: 'enterprise' }),
    doc('q1', '问答', '乡村振兴', 2022001, { type: 'qa', year: 2022 }),
  ];

  it('lists all matching documents newest first when used alone', async () => {
    for (const s of searchers(docs)) {
      expect(ids(await s.search('', { section: 'work' }))).toEqual(['m1', 'l1']);
      expect(ids(await s.search('', { type: 'bulletin' }))).toEqual(['e1', 'c1', 'm1', 'l1']);
      expect(ids(await s.search('', { year: 2024 }))).toEqual(['e1', 'c1', 'm1']);
      expect(ids(await s.search('', { type: 'qa' }))).toEqual(['q1']);
      expect(ids(await s.search(''))).toEqual(['e1', 'c1', 'm1', 'l1', 'q1']);
      expect((await s.search('', { section: 'work' })).results.every((r) => r.tier === 0)).toBe(true);
    }
  });

  it('combines filters with each other and with a query', async () => {
    for (const s of searchers(docs)) {
      expect(ids(await s.search('', { section: 'work', year: 2024 }))).toEqual(['m1']);
      expect(ids(await s.search('', { section: 'work', subsection: 'local' }))).toEqual(['l1']);
      expect(ids(await s.search('乡村振兴', { section: 'work' }))).toEqual(['m1', 'l1']);
      expect(ids(await s.search('通知', { section: 'work' }))).toEqual(['m1']);
      expect(ids(await s.search('通知', { section: 'central' }))).toEqual([]);
      expect(ids(await s.search('', { section: 'nope' }))).toEqual([]);
      expect(ids(await s.search('乡村', { section: 'central', type: 'qa' }))).toEqual([]);
    }
  });

  it('applies filters before the fallback threshold', async () => {
    const s = createMemorySearcher([
      doc('a', '标题', '农村电商', 2024020, { section: 'work' }),
      doc('b', '标题', '农村直播电商', 2024020, { section: 'practice' }),
    ]);
    expect(ids(await s.search('农村电商', { section: 'practice' }))).toEqual(['b']);
  });

  it('reports facet counts', async () => {
    const [mem, shard] = searchers(docs);
    const info = await (mem as NonNullable<typeof mem>).info();
    expect(info.docCount).toBe(5);
    expect(info.facetCounts.section).toEqual({ central: 1, work: 2, practice: 1 });
    expect(info.facetCounts.year).toEqual({ 2022: 1, 2023: 1, 2024: 3 });
    expect(await (shard as NonNullable<typeof shard>).info()).toEqual(info);
  });
});

describe('snippets and highlights', () => {
  const long = `${'前言。'.repeat(40)}这里讲数字乡村试点工作。${'后记。'.repeat(40)}`;
  const docs = [
    doc('long', '试点通知', long, 2024020),
    doc('html', '<b>标签</b>', '正文含有 <script>alert(1)</script> 与 5G 乡村 & 数字乡村。', 2024010),
    doc('fw', 'ＡＢＣ公司', '推进５Ｇ应用。', 2024010),
  ];

  it('cuts a window around the match and marks the matched ranges', async () => {
    for (const s of searchers(docs)) {
      const [r] = (await s.search('数字乡村')).results.filter((x) => x.id === 'long');
      const sn = r?.snippet;
      expect(sn).toBeDefined();
      if (!sn) return;
      expect(sn.text.length).toBeLessThanOrEqual(110);
      expect(sn.clippedStart).toBe(true);
      expect(sn.clippedEnd).toBe(true);
      expect(sn.ranges.map(([a, b]) => sn.text.slice(a, b))).toEqual(['数字乡村']);
      expect(sn.segments.map((g) => g.text).join('')).toBe(sn.text);
      expect(sn.segments.filter((g) => g.match).map((g) => g.text)).toEqual(['数字乡村']);
      expect(long).toContain(sn.text);
    }
  });

  it('returns data, not HTML: markup stays literal text for the UI to escape', async () => {
    for (const s of searchers(docs)) {
      const [r] = (await s.search('5G 乡村')).results;
      expect(r?.id).toBe('html');
      expect(r?.snippet.text).toContain('<script>');
      expect(r?.snippet.segments.filter((g) => g.match).map((g) => g.text)).toEqual(['5G', '乡村', '乡村']);
      expect(r?.titleHighlight.text).toBe('<b>标签</b>');
      expect(r?.titleHighlight.ranges).toEqual([]);
    }
  });

  it('marks the original characters of a full-width match', async () => {
    for (const s of searchers(docs)) {
      const [r] = (await s.search('5g abc')).results;
      expect(r?.id).toBe('fw');
      expect(r?.snippet.segments.filter((g) => g.match).map((g) => g.text)).toEqual(['５Ｇ']);
      expect(r?.titleHighlight.segments.filter((g) => g.match).map((g) => g.text)).toEqual(['ＡＢＣ']);
    }
  });

  it('shows the start of the body when only the title matched', async () => {
    const [r] = (await createMemorySearcher(docs).search('通知')).results;
    expect(r?.snippet.text.startsWith('前言。')).toBe(true);
    expect(r?.snippet.ranges).toEqual([]);
    expect(r?.snippet.clippedStart).toBe(false);
    expect(r?.titleHighlight.segments).toEqual([
      { text: '试点', match: false },
      { text: '通知', match: true },
    ]);
  });
});

describe('paging and edge cases', () => {
  it('pages consistently with limit and offset and reports the total', async () => {
    const docs = Array.from({ length: 30 }, (_, i) => doc(`d${i}`, `标题${i}`, '乡村振兴战略', 2000000 + i * 10));
    for (const s of searchers(docs)) {
      const all = await s.search('乡村', {}, 100);
      expect(all.total).toBe(30);
      const pages = [await s.search('乡村', {}, 10, 0), await s.search('乡村', {}, 10, 10), await s.search('乡村', {}, 10, 20)];
      expect(pages.flatMap(ids)).toEqual(ids(all));
      expect(ids(await s.search('乡村', {}, 0))).toEqual([]);
      expect((await s.search('乡村', {}, 0)).total).toBe(30);
      expect(ids(await s.search('乡村', {}, 10, 500))).toEqual([]);
    }
  });

  it('handles punctuation-only queries, unknown terms and prototype-like words', async () => {
    const docs = [doc('a', 'constructor 说明', '乡村', 2024020)];
    for (const s of searchers(docs)) {
      expect((await s.search('constructor')).total).toBe(1);
      expect((await s.search('tostring')).total).toBe(0);
      expect((await s.search('__proto__ hasownproperty')).total).toBe(0);
      expect((await s.search('不存在')).total).toBe(0);
      expect((await s.search('，。！')).terms).toEqual([]);
    }
  });

  it('rejects duplicate ids and bad documents at build time', () => {
    expect(() => buildIndex([doc('a', 't', 'b', 1), doc('a', 't', 'b', 2)])).toThrow(/duplicate/);
    expect(() => buildIndex([doc('a', 't', 'b', Number.NaN)])).toThrow(/order/);
  });
});

describe('seed content', () => {
  const s = createMemorySearcher(siteDocs());

  it('finds 返贫 and 数字乡 as substrings', async () => {
    expect(ids(await s.search('返贫')).sort()).toEqual(
      ['b/2024-02/1-1', 'b/2024-02/3-2-2', 'q/digital-village-action-plan-2022-2025/q4'].sort(),
    );
    const r = await s.search('数字乡');
    expect(r.results.every((x) => x.tier === 1)).toBe(true);
    expect(r.total).toBeGreaterThan(5);
  });

  it('puts the 中国农业银行 item first for 农业银行', async () => {
    const r = await s.search('农业银行');
    expect(r.results[0]?.id).toBe('b/2024-02/3-2-2');
    expect(r.results[0]?.titleHighlight.segments.find((g) => g.match)?.text).toBe('农业银行');
  });

  it('ranks the two items with 数字乡村试点 in the title above the Q&A that has it in the body', async () => {
    const r = await s.search('数字乡村试点');
    expect(ids(r).slice(0, 2).sort()).toEqual(['b/2024-02/2-1-1', 'b/2024-02/2-2-2']);
    expect(ids(r)[2]).toBe('q/digital-village-action-plan-2022-2025/q6');
  });

  it('lists the 企业实践 subsection in document order', async () => {
    expect(ids(await s.search('', { subsection: 'enterprise' }))).toEqual(['b/2024-02/3-2-1', 'b/2024-02/3-2-2', 'b/2024-02/3-2-3']);
  });
});
