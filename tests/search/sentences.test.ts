/** Questions typed as sentences: question words dropped, and a ranked partial tier. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/search/build';
import { shardOf, termShardFile } from '../../lib/search/index-files';
import { partialNeed } from '../../lib/search/partial';
import { createMemorySearcher, createSearcher, loadFromFiles } from '../../lib/search/searcher';
import { splitAtStopWords } from '../../lib/search/stop-words';
import { queryTerms } from '../../lib/search/tokenize';
import type { SearchDocument, SearchResponse } from '../../lib/search/types';

const pieces = (text: string) => splitAtStopWords([...text]).map((p) => p.join(''));
const ids = (r: SearchResponse): string[] => r.results.map((x) => x.id);

function doc(id: string, body: string): SearchDocument {
  return { id, type: 'bulletin', title: '标题', body, url: `/x/${id}/`, year: 2024, order: 20240200 };
}

function searchers(docs: SearchDocument[]) {
  return [createMemorySearcher(docs), createSearcher(loadFromFiles(buildIndex(docs, { termShards: 4 }).files))];
}

describe('question words and particles', () => {
  it('cut the query where they stand, longest first', () => {
    expect(pieces('电商大会在哪里举办')).toEqual(['电商大会', '举办']);
    expect(pieces('行动计划的主要目标是什么')).toEqual(['行动计划', '主要目标']);
    expect(pieces('哪些地方入选了优秀案例')).toEqual(['地方入选', '优秀案例']);
    expect(pieces('是否')).toEqual([]);
  });

  it('leave words that only contain one alone', () => {
    expect(pieces('了解目的')).toEqual(['了解目的']);
    expect(pieces('为了乡村振兴的目的')).toEqual(['为了乡村振兴', '目的']);
  });

  it('are dropped from the query terms, traditional forms too, unless nothing else is left', () => {
    expect(queryTerms('电商大会在哪里举办').terms).toEqual(['电商', '商大', '大会', '举办']);
    expect(queryTerms('電商大會在哪裡舉辦').terms).toEqual(['电商', '商大', '大会', '举办']);
    expect(queryTerms('5G是什么').terms).toEqual(['5g']);
    expect(queryTerms('什么').terms).toEqual(['什么']);
    expect(queryTerms('的').terms).toEqual(['的']);
  });
});

describe('partial tier', () => {
  it('asks for at least 60% of the terms, and exists only from three terms on', () => {
    expect([1, 2, 3, 4, 5, 7, 10].map((n) => partialNeed(n))).toEqual([1, 2, 2, 3, 3, 5, 6]);
  });

  // 农村电商发展大会: 农村 村电 电商 商发 发展 展大 大会 (7 terms, floor 5).
  const docs = [
    doc('all', '农村电商发展大会召开。'),
    doc('six', '农村电商，发展大会召开。'), // no 商发: 6 of 7
    doc('five', '农村电商，发展，大会。'), // 农村 村电 电商 发展 大会: 5 of 7
    doc('four', '农村电商，大会。'), // 4 of 7: below the floor
    doc('none', '今天天气晴朗。'),
  ];

  it('adds documents holding most of the terms below the strict hits, most terms first', async () => {
    for (const s of searchers(docs)) {
      const r = await s.search('农村电商发展大会');
      expect(ids(r)).toEqual(['all', 'six', 'five']);
      expect(r.results.map((x) => x.tier)).toEqual([1, 2, 2]);
      expect(r.usedFallback).toBe(true);
      expect(r.total).toBe(3);
    }
  });

  it('marks the words a partial match holds, not scattered characters', async () => {
    const [, six] = (await createMemorySearcher(docs).search('农村电商发展大会')).results;
    expect(six?.snippet.segments.filter((s) => s.match).map((s) => s.text)).toEqual(['农村电商', '发展大会']);
  });

  it('is not run when the strict tier fills a page', async () => {
    const strict = createMemorySearcher(docs, { minHits: 1 });
    expect(ids(await strict.search('农村电商发展大会'))).toEqual(['all']);
  });

  it('costs no fetch of its own; the unigram lists load only when the page is still not full', async () => {
    const built = buildIndex(docs, { termShards: 64 });
    const loadedFor = async (minHits: number) => {
      const loaded: string[] = [];
      const searcher = createSearcher(
        async (file) => {
          loaded.push(file);
          return loadFromFiles(built.files)(file);
        },
        { minHits },
      );
      const r = await searcher.search('农村电商发展大会');
      return { loaded: new Set(loaded.filter((f) => f.startsWith('terms/'))), ids: ids(r) };
    };
    const shardsOf = (terms: readonly string[]) =>
      new Set(terms.map((t) => termShardFile(shardOf(t, built.manifest.termShards), built.manifest.termShards)));
    const { terms, fallback } = queryTerms('农村电商发展大会');
    const full = await loadedFor(3); // strict 1 + partial 2 fill it
    expect(full.ids).toEqual(['all', 'six', 'five']);
    expect(full.loaded).toEqual(shardsOf(terms));
    const short = await loadedFor(10);
    expect(short.loaded).toEqual(new Set([...shardsOf(terms), ...shardsOf(fallback)]));
    expect(shardsOf(fallback).size).toBeGreaterThan(0);
    expect([...shardsOf(fallback)].some((f) => !shardsOf(terms).has(f))).toBe(true);
  });

  it('respects the filters', async () => {
    const filtered = [...docs.slice(0, 2), { ...doc('five', '农村电商，发展，大会。'), section: 'work' }];
    const r = await createMemorySearcher(filtered).search('农村电商发展大会', { section: 'work' });
    expect(ids(r)).toEqual(['five']);
  });
});
