/** Hot-path shortcuts must give exactly what the plain versions give. */
import { describe, expect, it } from 'vitest';
import { compareHits, firstHits, type Hit } from '../../lib/search/engine';
import { normalizeWithMap } from '../../lib/search/normalize';
import { tokenize } from '../../lib/search/tokenize';
import { rng } from '../../lib/testing/random';
import { siteDocs } from './site-docs';

const fullSort = (hits: Hit[]) => [...hits].sort(compareHits);

describe('page selection', () => {
  it('orders by tier, then primary terms held, title hits, score, and the newer document last of all', () => {
    const base: Hit = { doc: 5, tier: 1, primary: 2, titleHits: 1, score: 1.5 };
    // Each ranks below base on one key, though better on every later one.
    const below: Hit[] = [
      { ...base, tier: 2, primary: 9, titleHits: 9, score: 9, doc: 0 },
      { ...base, primary: 1, titleHits: 9, score: 9, doc: 0 },
      { ...base, titleHits: 0, score: 9, doc: 0 },
      { ...base, score: 1.4, doc: 0 },
      { ...base, doc: 6 },
    ];
    for (const hit of below) {
      expect(compareHits(base, hit)).toBeLessThan(0);
      expect(compareHits(hit, base)).toBeGreaterThan(0);
    }
    expect(compareHits(base, { ...base })).toBe(0);
  });

  it('returns the first hits of a full sort, for any page size', () => {
    const r = rng(5);
    for (let round = 0; round < 50; round++) {
      const n = Math.floor(r() * 400);
      const docs = Array.from({ length: n }, (_, i) => i).sort(() => r() - 0.5);
      const hits: Hit[] = docs.map((doc) => ({
        doc,
        tier: r() < 0.8 ? 1 : 2,
        primary: Math.floor(r() * 3),
        titleHits: Math.floor(r() * 3),
        score: Math.round(r() * 30) / 10,
      }));
      for (const count of [0, 1, 10, 30, n, n + 5]) expect(firstHits(hits, count)).toEqual(fullSort(hits).slice(0, count));
    }
  });
});

describe('tokenizer shortcuts', () => {
  it('tokenize(text, only) keeps exactly the tokens tokenize(text) has with those terms', () => {
    const only = new Set(['乡村', '数字', '5g', '返贫', '农', 'g', '2023']);
    for (const doc of siteDocs()) {
      for (const text of [doc.title, doc.body, `${doc.body}５Ｇ ﬁle`]) {
        expect(tokenize(text, only)).toEqual(tokenize(text).filter((t) => only.has(t.term)));
      }
    }
  });

  it('maps offsets after a character NFKC makes much longer', () => {
    const text = '\uFDFA数字乡村ＡＢ';
    const norm = normalizeWithMap(text);
    expect(norm.text.endsWith('数字乡村ab')).toBe(true);
    expect(norm.from.length).toBe(norm.text.length);
    expect([...norm.from.slice(-6)]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...norm.to.slice(-6)]).toEqual([2, 3, 4, 5, 6, 7]);
    const village = tokenize(text).find((t) => t.term === '乡村');
    expect(village && text.slice(village.start, village.end)).toBe('乡村');
  });
});
