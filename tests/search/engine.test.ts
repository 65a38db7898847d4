/** Hot-path shortcuts must give exactly what the plain versions give. */
import { describe, expect, it } from 'vitest';
import { firstHits, type Hit } from '../../lib/search/engine';
import { normalizeWithMap } from '../../lib/search/normalize';
import { tokenize } from '../../lib/search/tokenize';
import { rng } from '../../scripts/bench/random';
import { siteDocs } from './site-docs';

const fullSort = (hits: Hit[]) =>
  [...hits].sort((a, b) => a.tier - b.tier || b.primary - a.primary || b.titleHits - a.titleHits || b.score - a.score || a.doc - b.doc);

describe('page selection', () => {
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
