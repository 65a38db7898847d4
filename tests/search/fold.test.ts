import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldTableSource } from '../../lib/generators/fold-table';
import { foldedCharacters, foldHan } from '../../lib/search/fold';
import { FOLD_TO } from '../../lib/search/fold-table.generated';
import { highlight } from '../../lib/search/highlight';
import { normalize, normalizeWithMap } from '../../lib/search/normalize';
import { createMemorySearcher } from '../../lib/search/searcher';
import { siteDocs } from './site-docs';

describe('traditional → simplified fold table', () => {
  it('is the table the generator writes from opencc-js (nobody edited it by hand)', () => {
    expect(readFileSync('lib/search/fold-table.generated.ts', 'utf8')).toBe(foldTableSource());
  });

  it('pairs one character with one other, and folding twice changes nothing', () => {
    const FOLD_FROM = foldedCharacters();
    expect(FOLD_FROM.length).toBeGreaterThan(2500);
    expect([...FOLD_TO].length).toBe(FOLD_TO.length);
    expect(FOLD_TO.length).toBe(FOLD_FROM.length);
    expect(foldHan(FOLD_TO)).toBe(FOLD_TO);
    expect(foldHan(FOLD_FROM)).toBe(FOLD_TO);
  });

  it('folds standard traditional and regional variants, and leaves simplified text alone', () => {
    expect(normalize('數字鄉村試點')).toBe('数字乡村试点');
    expect(normalize('農村電商 直播帶貨')).toBe('农村电商 直播带货');
    expect(normalize('裡 為 麗水')).toBe('里 为 丽水');
    expect(normalize('什么 什麼')).toBe('什么 什么'); // 么 is the simplified form of 麼: it stays
    const simplified = siteDocs()
      .map((d) => d.title + d.body)
      .join('');
    expect(normalize(simplified).length).toBe(simplified.length);
  });

  it('keeps offsets, so a highlight marks the original characters', () => {
    const text = '浙江麗水、電子商務大會';
    expect(normalizeWithMap(text).text).toBe('浙江丽水、电子商务大会');
    const h = highlight(text, new Set(['丽水', '商务']));
    expect(h.ranges.map(([s, e]) => text.slice(s, e))).toEqual(['麗水', '商務']);
  });
});

describe('traditional queries', () => {
  const searcher = createMemorySearcher(siteDocs());
  const ids = async (q: string) => (await searcher.search(q, {}, 50)).results.map((r) => r.id);

  it.each([
    ['數字鄉村試點', '数字乡村试点'],
    ['農村電商', '农村电商'],
    ['脫貧攻堅成果', '脱贫攻坚成果'],
    ['電子商務大會', '电子商务大会'],
    ['網絡幫扶', '网络帮扶'],
    ['農業銀行', '农业银行'],
  ])('%s finds what %s finds, in the same order', async (traditional, simplified) => {
    const expected = await ids(simplified);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(traditional)).toEqual(expected);
  });

  it('highlights the simplified text a traditional query matched', async () => {
    const response = await searcher.search('數字鄉村試點');
    const first = response.results[0];
    const marked = first?.titleHighlight.segments.filter((s) => s.match).map((s) => s.text);
    expect(marked).toContain('数字乡村试点');
  });
});
