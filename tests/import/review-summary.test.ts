/**
 * The review summary: what an editor checks against the PDF. The seed issue's text with the
 * radicals Chromium's PDFs carry (⻅ for 见, ⻘ for 青, ⼾ for 户) imports to the same Markdown as
 * the clean text, and the summary says how many code points it corrected.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBulletin } from '../../lib/import/bulletin';
import { reviewCounts, reviewSummary } from '../../lib/import/review-summary';

const SEED = readFileSync('tests/fixtures/import/seeds/000_21a9e8d9d6b1c3e3.txt', 'utf8');
const RADICALS: Record<string, string> = { 见: '⻅', 青: '⻘', 户: '⼾', 门: '⻔', 民: '⺠', 风: '⻛' };

function imported(raw: string) {
  const result = importBulletin(raw);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return result.value;
}

describe('review summary', () => {
  const clean = imported(SEED);
  const radical = imported(SEED.replace(/[见青户门民风]/gu, (ch) => RADICALS[ch] ?? ch));
  const replaced = [...SEED].filter((ch) => ch in RADICALS).length;

  it('look-alikes arrive as the ideographs: the same Markdown as the clean text', () => {
    expect(replaced).toBeGreaterThan(20);
    expect(radical.markdown).toBe(clean.markdown);
  });

  it('counts items, paragraphs, figures and sources, and the code points corrected', () => {
    expect(reviewCounts(clean.sections)).toMatchObject({ items: 12, sources: 12 });
    const lines = reviewSummary('000.txt', radical.sections, radical.warnings, radical.lookAlikes);
    expect(lines[0]).toBe('请对照原版 PDF 核对：');
    expect(lines).toContain('  一、中央精神：1 条');
    const corrected = lines.find((line) => line.startsWith('  更正形近码位'));
    expect(corrected).toMatch(new RegExp(`^  更正形近码位 ${replaced} 处：`, 'u'));
    expect(corrected).toContain('⻅→见');
    expect(reviewSummary('000.txt', clean.sections, clean.warnings, clean.lookAlikes)).toContain('  更正形近码位 0 处');
  });

  it('lists each warning with its line', () => {
    const withDate = imported(SEED.replace('中国信息通信研究院', '中国信息通信研究院\n内部资料'));
    const lines = reviewSummary('000.txt', withDate.sections, withDate.warnings, withDate.lookAlikes);
    expect(lines).toContain('  警告 1 条：');
    expect(lines.at(-1)).toMatch(/^ {4}000\.txt:\d+ {2}封面上的“内部资料”没有导入/u);
  });
});
