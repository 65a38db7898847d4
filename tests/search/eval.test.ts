/**
 * Retrieval quality on hand-judged queries (lib/testing/search-eval-set.ts). The assertion is on
 * the computed mean recall@10, so a tokenizer or ranking regression fails it.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/search/build';
import { createMemorySearcher, createSearcher, loadFromFiles, type Searcher } from '../../lib/search/searcher';
import { type EvalQuery, evalSet, type Recall, recallAt, sentenceEvalSet } from '../../lib/testing/search-eval-set';
import { siteDocs } from './site-docs';

async function evaluate(searcher: Searcher, set: readonly EvalQuery[], k: number): Promise<Recall> {
  const topIds: string[][] = [];
  for (const q of set) topIds.push((await searcher.search(q.query, q.filters ?? {}, k)).results.map((r) => r.id));
  return recallAt(set, topIds, k);
}

describe('evaluation set', () => {
  const docs = siteDocs();

  it('is hand-judged over ids that exist, with at least 30 queries and 15 sentences', () => {
    const ids = new Set(docs.map((d) => d.id));
    expect(evalSet.length).toBeGreaterThanOrEqual(30);
    expect(sentenceEvalSet.length).toBeGreaterThanOrEqual(15);
    expect(new Set([...evalSet, ...sentenceEvalSet].map((q) => q.query)).size).toBe(evalSet.length + sentenceEvalSet.length);
    for (const q of [...evalSet, ...sentenceEvalSet]) {
      expect(q.relevant.length, q.query).toBeGreaterThan(0);
      for (const id of q.relevant) expect(ids.has(id), `${q.query}: ${id}`).toBe(true);
    }
  });

  it('reaches recall@10 ≥ 0.98 through the sharded index', async () => {
    const built = buildIndex(docs, { termShards: 8 });
    const result = await evaluate(createSearcher(loadFromFiles(built.files)), evalSet, 10);
    console.info(`recall@10 = ${result.recall.toFixed(4)} over ${evalSet.length} queries; misses:`, result.misses);
    expect(result.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('answers questions typed as sentences: recall@10 ≥ 0.9', async () => {
    const built = buildIndex(docs, { termShards: 8 });
    const result = await evaluate(createSearcher(loadFromFiles(built.files)), sentenceEvalSet, 10);
    console.info(`sentences: recall@10 = ${result.recall.toFixed(4)} over ${sentenceEvalSet.length} queries; misses:`, result.misses);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('is a metric that can fail: tighter cut-offs and no fallback score lower', async () => {
    const searcher = createMemorySearcher(docs);
    const at10 = (await evaluate(searcher, evalSet, 10)).recall;
    const at1 = (await evaluate(searcher, evalSet, 1)).recall;
    const noFallback = (await evaluate(createMemorySearcher(docs, { minHits: 0 }), evalSet, 10)).recall;
    const fallbackAt5 = (await evaluate(createMemorySearcher(docs, { minHits: 5 }), evalSet, 10)).recall;
    const sentencesStrict = (await evaluate(createMemorySearcher(docs, { minHits: 0 }), sentenceEvalSet, 10)).recall;
    console.info({ at1, at10, noFallback, fallbackAt5, sentencesStrict });
    expect(at1).toBeLessThan(0.98);
    expect(noFallback).toBeLessThan(at10);
    expect(sentencesStrict).toBeLessThan(0.9);
  });
});
