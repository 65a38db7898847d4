/**
 * The look-alike table (generated from Unicode's EquivalentUnifiedIdeograph and NFKC): the
 * characters Chromium's PDFs were measured to carry come back right, and the table agrees with
 * NFKC wherever NFKC has an answer, so a regenerated table that lost a block fails here.
 */
import { describe, expect, it } from 'vitest';
import { findLookAlikes, foldLookAlikes, unifiedIdeograph } from '@/lib/content/look-alike-ideographs';
import { foldHan } from '@/lib/search/fold';

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i));

describe('look-alike ideographs', () => {
  it('folds what a Noto Sans CJK PDF printed by Chromium carries: ⻅⻔⺠⻛⼾⻘ and the Kangxi radicals', () => {
    expect(foldLookAlikes('意⻅ ⻔⼾ ⺠⻛ ⻘年 ⽹⼀⾏⼈⼯')).toBe('意见 门户 民风 青年 网一行人工');
  });

  it('maps every Kangxi radical to its NFKC ideograph, in its simplified form', () => {
    for (const radical of range(0x2f00, 0x2fd5)) expect(unifiedIdeograph(radical), radical).toBe(foldHan(radical.normalize('NFKC')));
  });

  it('maps every compatibility ideograph NFKC changes to its NFKC form, and leaves the unified ones in that block alone', () => {
    for (const char of [...range(0xf900, 0xfaff), ...range(0x2f800, 0x2fa1f)]) {
      const nfkc = char.normalize('NFKC');
      expect(unifiedIdeograph(char), char).toBe(nfkc === char ? undefined : nfkc);
    }
  });

  it('covers the CJK Radicals Supplement, which NFKC leaves alone', () => {
    const mapped = range(0x2e80, 0x2eff).filter((char) => unifiedIdeograph(char) !== undefined);
    expect(mapped.length).toBeGreaterThan(100);
    for (const char of mapped) expect(unifiedIdeograph(char)).toMatch(/^\p{Unified_Ideograph}$/u);
  });

  it('leaves ordinary text, punctuation and full-width forms alone', () => {
    const text = '数字乡村（2024年第2期）：①……ＡＢＣ 《意见》';
    expect(foldLookAlikes(text)).toBe(text);
    expect(findLookAlikes(text)).toEqual([]);
  });

  it('finds each with its position', () => {
    expect(findLookAlikes('意⻅和⻘年')).toEqual([
      { index: 1, char: '⻅', unified: '见' },
      { index: 3, char: '⻘', unified: '青' },
    ]);
  });
});
