/**
 * Text normalisation for text pulled out of bulletin PDFs.
 *
 * PDF extraction puts spaces around digits and Latin words inside Chinese text
 * ("到 2026 年底") and mixes half- and full-width punctuation ("2月3日,《…》").
 * The committed bulletins use the conventional Chinese typesetting: no spaces next to
 * Han characters or CJK punctuation, and full-width `，：（）；？！` next to Han text.
 */

/** A Han character (any CJK ideograph block). */
const HAN = '\\p{Script=Han}';
/**
 * CJK punctuation: CJK Symbols and Punctuation, the full-width forms, curly quotes,
 * the ellipsis and the middle dot. Curly quotes count because Chinese text uses them
 * as its own quotation marks (“千万工程”).
 */
const CJK_PUNCT = '\\u3000-\\u303F\\uFF01-\\uFF65\\u2018\\u2019\\u201C\\u201D\\u2026\\u00B7\\u2014';
const CJK = `[${HAN}${CJK_PUNCT}]`;

const SPACE_BEFORE_CJK = new RegExp(`[ \\t]+(?=${CJK})`, 'gu');
const SPACE_AFTER_CJK = new RegExp(`(?<=${CJK})[ \\t]+`, 'gu');

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', '(': '（', ')': '）', ';': '；', '?': '？', '!': '！' };
/** A half-width `, : ( ) ; ? !` with CJK text right before or right after it. */
const HALF_WIDTH_NEXT_TO_CJK = new RegExp(`(?<=${CJK})[,:();?!]|[,:();?!](?=${CJK})`, 'gu');

/**
 * Joint issuers are printed with a space between them ("中共中央 国务院"); the space
 * is part of the name, so it is kept, and restored where the PDF lost it.
 */
const JOINT_ISSUERS: readonly [RegExp, string][] = [
  [/中共中央\s*国务院(?!办公厅)/gu, '中共中央 国务院'],
  [/中共中央办公厅\s*国务院办公厅/gu, '中共中央办公厅 国务院办公厅'],
];

/** Collapse runs of whitespace (including NBSP and the ideographic space) to one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00A0\u3000]+/gu, ' ').trim();
}

/**
 * Normalise one block of bulletin text (a paragraph, a heading title, a source name).
 * Repeats until stable because each step can enable the other: `》), 决定` needs the
 * space removed before `,` sits next to Han text.
 */
export function normalizeCjkText(text: string): string {
  let current = collapseSpaces(text);
  for (;;) {
    const next = matchBracketWidths(
      current
        .replace(SPACE_BEFORE_CJK, '')
        .replace(SPACE_AFTER_CJK, '')
        .replace(HALF_WIDTH_NEXT_TO_CJK, (ch) => FULL_WIDTH[ch] ?? ch),
    );
    if (next === current) break;
    current = next;
  }
  for (const [pattern, replacement] of JOINT_ISSUERS) current = current.replace(pattern, replacement);
  return current;
}

/**
 * Width conversion looks at neighbours only, so `网(www.gov.cn)` would get `（` but keep
 * `)`. A pair is made full-width when either of its brackets is.
 */
function matchBracketWidths(text: string): string {
  const chars = [...text];
  const open: number[] = [];
  for (const [index, ch] of chars.entries()) {
    if (ch === '(' || ch === '（') open.push(index);
    else if (ch === ')' || ch === '）') {
      const start = open.pop();
      if (start === undefined) continue;
      if (chars[start] === '（' || ch === '）') {
        chars[start] = '（';
        chars[index] = '）';
      }
    }
  }
  return chars.join('');
}

/**
 * The key two titles are compared by (TOC entry against body heading): normalised,
 * NFKC-folded (so full- and half-width agree) and without any whitespace.
 */
export function comparisonKey(text: string): string {
  return normalizeCjkText(text).normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * Whether a paragraph ends a sentence. A paragraph that does not ("…文化和旅游") was cut
 * by a page break or a figure and continues in the next paragraph.
 */
export function endsSentence(text: string): boolean {
  const trimmed = text.trim().replace(/[”’」』）)》〉】"']+$/u, '');
  return /[。！？!?…；;：:]$/u.test(trimmed);
}

/**
 * Join two pieces of one line of text that the PDF split (line wrap or page break).
 * A space is put between them and normalisation removes it again next to Han text,
 * so Latin words ("digital village") keep their space.
 */
export function joinPieces(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return `${a} ${b}`;
}

/**
 * A letter-spaced line (character spacing, or a line justified by stretching every gap) comes
 * out of pdf.js and pdftotext with a space between every character: `规 模 达 2 1 0 0 万 元`.
 * When nearly every piece between single spaces is one character, those spaces are the
 * spacing, not text; a wider gap (two spaces or more) stays one space.
 */
export function closeLetterSpacing(line: string): string {
  const pieces = line.split(/ +/u).filter(Boolean);
  if (pieces.length < 6 || pieces.filter((piece) => [...piece].length === 1).length < pieces.length * 0.8) return line;
  return line.replace(/(?<=\S) (?=\S)/gu, '').replace(/ {2,}/gu, ' ');
}
