/**
 * Bounded cost: the bytes a first query downloads must not grow with the
 * archive. Synthetic archives of 1,000 and 10,000 documents, built from
 * seed phrases (so common terms are in most documents — a harsh case).
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/search/build';
import { createSearcher } from '../../lib/search/searcher';
import { siteDocs } from './site-docs';
import { syntheticDocs } from './synthetic';

const QUERIES = ['返贫', '数字乡村', '农村电商发展', '中国农业银行', '5G', '辣妹椒哥直播', '智慧农业', '基层社会治理'];
const bytes = (s: string): number => new TextEncoder().encode(s).length;

async function firstQueryBytes(files: Record<string, string>, query: string): Promise<{ bytes: number; files: number }> {
  let total = 0;
  let count = 0;
  const s = createSearcher(async (f) => {
    const text = files[f];
    if (text === undefined) throw new Error(`missing ${f}`);
    total += bytes(text);
    count++;
    return text;
  });
  await s.search(query, {}, 10);
  return { bytes: total, files: count };
}

describe('bounded first-query cost', () => {
  it('stays under a fixed budget from 1,000 to 10,000 documents', async () => {
    const rows: Array<Record<string, number>> = [];
    for (const n of [1000, 10_000]) {
      const built = buildIndex(syntheticDocs(n, 5, [20, 40]));
      const indexBytes = Object.values(built.files).reduce((sum, t) => sum + bytes(t), 0);
      const per = await Promise.all(QUERIES.map((q) => firstQueryBytes(built.files, q)));
      const max = Math.max(...per.map((p) => p.bytes));
      rows.push({
        docs: n,
        shards: built.manifest.termShards,
        indexKiB: Math.round(indexBytes / 1024),
        maxQueryKiB: Math.round(max / 1024),
      });
      expect(max).toBeLessThan(450 * 1024);
      expect(max / indexBytes).toBeLessThan(n === 10_000 ? 0.02 : 0.2);
      // manifest + ≤ 1 shard per term + ≤ 1 docs/ and 1 text/ chunk per result (+ fallback shards)
      for (const p of per) expect(p.files).toBeLessThanOrEqual(1 + 12 + 20);
    }
    console.info(rows);
    const [small, large] = rows as [Record<string, number>, Record<string, number>];
    expect(large.shards).toBeGreaterThan(small.shards as number);
  }, 120_000);

  it('keeps the manifest small and constant-size', () => {
    const seed = buildIndex(siteDocs());
    const big = buildIndex(syntheticDocs(3000, 2));
    expect(bytes(seed.files['manifest.json'] as string)).toBeLessThan(1024);
    expect(bytes(big.files['manifest.json'] as string)).toBeLessThan(1024);
  });
});
