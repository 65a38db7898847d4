/**
 * The sharded files and one in-memory index must give identical answers,
 * whatever the shard count, and a query must load only what it needs.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/search/build';
import { MANIFEST_FILE, shardOf, termShardFile } from '../../lib/search/index-files';
import { createMemorySearcher, createSearcher, loadFromFiles, type Searcher } from '../../lib/search/searcher';
import { queryTerms } from '../../lib/search/tokenize';
import type { SearchDocument, SearchFilters } from '../../lib/search/types';
import { siteDocs } from './site-docs';
import { syntheticDocs, syntheticQueries } from './synthetic';

const FILTERS: SearchFilters[] = [
  {},
  { type: 'bulletin' },
  { type: 'qa' },
  { section: 'work' },
  { section: 'practice', subsection: 'enterprise' },
  { subsection: 'local' },
  { year: 2024 },
  { year: 2022, type: 'qa' },
  { section: 'central', year: 2021 },
  { section: 'nope' },
];

function recordingLoader(files: Record<string, string>): { load: (f: string) => Promise<string>; loaded: string[] } {
  const loaded: string[] = [];
  const inner = loadFromFiles(files);
  return {
    loaded,
    load: (f) => {
      loaded.push(f);
      return inner(f);
    },
  };
}

async function expectSameAnswers(docs: SearchDocument[], queries: string[], shardCounts: Array<number | undefined>): Promise<number> {
  const reference = createMemorySearcher(docs);
  const sharded: Searcher[] = shardCounts.map((k) => {
    const built = buildIndex(docs, k === undefined ? {} : { termShards: k, targetMetaBytes: 2000, targetTextBytes: 3000 });
    return createSearcher(loadFromFiles(built.files));
  });
  let compared = 0;
  for (const [qi, q] of queries.entries()) {
    // Every query unfiltered and with one rotating filter; paging on some.
    const filterSets = [FILTERS[0] as SearchFilters, FILTERS[qi % FILTERS.length] as SearchFilters];
    for (const filters of filterSets) {
      const limit = qi % 3 === 0 ? 50 : 10;
      const offset = qi % 5 === 0 ? 3 : 0;
      const expected = await reference.search(q, filters, limit, offset);
      for (const s of sharded) {
        expect(await s.search(q, filters, limit, offset), `${JSON.stringify(q)} ${JSON.stringify(filters)}`).toEqual(expected);
        compared++;
      }
    }
  }
  return compared;
}

// Hundreds of queries against two indexes: the limit only guards against a hang on a busy machine.
describe('shard routing equals one in-memory index', { timeout: 60_000 }, () => {
  it('on the seed documents', async () => {
    const docs = siteDocs();
    const queries = [
      ...syntheticQueries(docs, 80),
      '返贫',
      '数字乡',
      '农业银行',
      '5G 乡村',
      '2023 优秀案例',
      '千万工程',
      '直播带货',
      '行动计划',
    ];
    const n = await expectSameAnswers(docs, queries, [undefined, 1, 3, 16, 64]);
    expect(n).toBeGreaterThan(500);
  });

  it('on a few hundred synthetic documents', async () => {
    const docs = syntheticDocs(400, 42);
    const n = await expectSameAnswers(docs, syntheticQueries(docs, 120, 9), [undefined, 1, 7, 128]);
    expect(n).toBeGreaterThan(900);
  });

  it('sees non-trivial results (the comparison is not vacuous)', async () => {
    const docs = syntheticDocs(400, 42);
    const s = createMemorySearcher(docs);
    const totals = await Promise.all(syntheticQueries(docs, 60, 9).map(async (q) => (await s.search(q)).total));
    expect(totals.filter((t) => t > 0).length).toBeGreaterThan(50);
    expect(totals.filter((t) => t > 1 && t < 400).length).toBeGreaterThan(20);
  });
});

describe('lazy loading', () => {
  const docs = syntheticDocs(400, 3);
  const built = buildIndex(docs, { termShards: 32 });

  it('loads the manifest, one shard per query term and only the chunks of shown results', async () => {
    const { load, loaded } = recordingLoader(built.files);
    const s = createSearcher(load);
    const res = await s.search('数字乡村', {}, 5);
    expect(res.results.length).toBe(5);
    const shards = new Set(queryTerms('数字乡村').terms.map((t) => termShardFile(shardOf(t, 32), 32)));
    const termFiles = loaded.filter((f) => f.startsWith('terms/'));
    expect(new Set(termFiles)).toEqual(shards);
    expect(loaded).toContain(MANIFEST_FILE);
    expect(loaded).not.toContain('facets.json');
    // At most one display chunk and one body chunk per shown result.
    expect(loaded.filter((f) => f.startsWith('docs/')).length).toBeLessThanOrEqual(5);
    expect(loaded.filter((f) => f.startsWith('text/')).length).toBeLessThanOrEqual(5);
    expect(loaded.length).toBe(new Set(loaded).size); // nothing loaded twice
  });

  it('caches across searches and shares in-flight loads', async () => {
    const { load, loaded } = recordingLoader(built.files);
    const s = createSearcher(load);
    await Promise.all([s.search('数字乡村'), s.search('数字乡村'), s.search('数字')]);
    const before = loaded.length;
    await s.search('数字乡村');
    expect(loaded.length).toBe(before);
    expect(loaded.length).toBe(new Set(loaded).size);
  });

  it('loads facets.json only for filtered searches', async () => {
    const { load, loaded } = recordingLoader(built.files);
    const s = createSearcher(load);
    await s.search('', { section: 'work' }, 10);
    expect(loaded).toContain('facets.json');
    expect(loaded.some((f) => f.startsWith('terms/'))).toBe(false);
  });

  it('retries a file whose load failed', async () => {
    let fail = true;
    const inner = loadFromFiles(built.files);
    const s = createSearcher(async (f) => {
      if (fail && f.startsWith('terms/')) throw new Error('network');
      return inner(f);
    });
    await expect(s.search('乡村')).rejects.toThrow('network');
    fail = false;
    expect((await s.search('乡村')).total).toBeGreaterThan(0);
  });

  it('rejects a manifest of another format', async () => {
    const s = createSearcher(async () => JSON.stringify({ format: 'other' }));
    await expect(s.search('乡村')).rejects.toThrow(/manifest/);
  });
});
