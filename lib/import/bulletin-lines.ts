/**
 * What one line of an extracted bulletin is. Headings, captions and source lines are
 * recognised by their numbering and labels in either width, as the PDFs mix them:
 * `一、` `(一)` `（一）` `1.` `1．` `1、`, `(信息来源: X)` `（信息来源：X）`.
 */
import { chineseNumeralToNumber } from '../content/numerals';

export type HeadingKind = 'section' | 'subsection' | 'item';

export type LineKind =
  | { kind: 'blank' }
  | { kind: 'page-header' }
  | { kind: 'page-number' }
  | { kind: HeadingKind; numeral: string; number: number; title: string }
  | { kind: 'caption'; number: number; text: string }
  | { kind: 'source'; text: string; closed: boolean }
  | { kind: 'text' };

/** The running page header of every page: `CAICT 中国信通院`. */
const PAGE_HEADER = /^CAICT\s*中国信通院$/u;
/** A Roman numeral up to 399, either case: front matter is numbered i, ii, iii. */
const ROMAN = '(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})';
/**
 * A page number as word processors print it: `7`, `- 7 -`, `vii`, `II`, `第 7 页`,
 * `第7页 共12页`, `7 / 12`, `Page 7 of 12`.
 */
const PAGE_NUMBER = new RegExp(
  [
    `^[-－—–]?\\s*(?:\\d{1,3}|${ROMAN})\\s*[-－—–]?$`,
    '^第\\s*\\d{1,3}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,3}\\s*页)?$',
    `^(?:\\d{1,3}|${ROMAN})\\s*[/／]\\s*(?:\\d{1,3}|${ROMAN})$`,
    '^page\\s+\\d{1,3}(?:\\s+of\\s+\\d{1,3})?$',
  ].join('|'),
  'iu',
);

const SECTION = /^([一二三四五六七八九十]+)\s*[、,，.．]\s*(\S.*)$/u;
const SUBSECTION = /^[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*(\S.*)$/u;
/** `1.` but not `2.5万`: no digit right after the dot. */
const ITEM = /^(\d{1,2})\s*[.．、](?!\d)\s*(\S.*)$/u;
const CAPTION = /^图\s*(\d{1,3})(?![\d.．])\s*[:：.．]?\s*(.*)$/u;
const SOURCE = /^[（(]\s*信息来源\s*[:：]\s*(.*)$/u;
/** Headings are titles, not sentences: a line ending like a sentence is text. */
const SENTENCE_END = /[。；;，,：:]$/u;

export function classifyLine(text: string): LineKind {
  if (text === '') return { kind: 'blank' };
  if (PAGE_HEADER.test(text)) return { kind: 'page-header' };
  if (PAGE_NUMBER.test(text)) return { kind: 'page-number' };

  const source = SOURCE.exec(text);
  if (source) {
    return { kind: 'source', ...closeSource((source[1] ?? '').trim()) };
  }
  const caption = CAPTION.exec(text);
  if (caption) return { kind: 'caption', number: Number(caption[1]), text: (caption[2] ?? '').trim() };

  const heading = classifyHeading(text);
  if (heading && !SENTENCE_END.test(text)) return heading;
  return { kind: 'text' };
}

/** A numbered heading, whatever its ending (TOC entries are checked this way too). */
export function classifyHeading(text: string): Extract<LineKind, { kind: HeadingKind }> | undefined {
  const subsection = SUBSECTION.exec(text);
  if (subsection) {
    const number = chineseNumeralToNumber(subsection[1] ?? '');
    if (number) return { kind: 'subsection', numeral: subsection[1] ?? '', number, title: (subsection[2] ?? '').trim() };
  }
  const section = SECTION.exec(text);
  if (section) {
    const number = chineseNumeralToNumber(section[1] ?? '');
    if (number) return { kind: 'section', numeral: section[1] ?? '', number, title: (section[2] ?? '').trim() };
  }
  const item = ITEM.exec(text);
  if (item) return { kind: 'item', numeral: item[1] ?? '', number: Number(item[1]), title: (item[2] ?? '').trim() };
  return undefined;
}

/**
 * Whether a source text has its closing bracket: more closing than opening brackets,
 * so `中国政府网(www.gov.cn)` is still open and `中国政府网(www.gov.cn))` is closed.
 */
export function closeSource(text: string): { text: string; closed: boolean } {
  const opens = (text.match(/[（(]/gu) ?? []).length;
  const closes = (text.match(/[)）]/gu) ?? []).length;
  const closed = closes > opens && /[)）]$/u.test(text);
  return { text: closed ? text.slice(0, -1).trim() : text, closed };
}

/**
 * A paragraph line that ends with its source, `……。(信息来源: 新华社)`, as happens when
 * the extraction loses a line break: the text part and the source part.
 */
export function splitTrailingSource(text: string): { text: string; source: string } | undefined {
  const match = /^(.*[。！？!?”])\s*([（(]\s*信息来源\s*[:：].*)$/u.exec(text);
  if (!match) return undefined;
  return { text: (match[1] ?? '').trim(), source: (match[2] ?? '').trim() };
}
