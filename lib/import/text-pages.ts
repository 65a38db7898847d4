/**
 * Text extracted from a bulletin PDF (pdftotext, with or without -layout, or copied out of a
 * PDF reader) as printed pages: a form feed starts a page, and page furniture is dropped by
 * its band. What is left of the layout is read as evidence of where blocks start and end:
 * - `-layout` keeps each line's indent: a small one (the two-character first-line indent)
 *   starts a paragraph, a deep one sets the line apart (a centred caption, a right-aligned
 *   source), so nothing continues it;
 * - the default mode keeps no indent, only line lengths: a line that ends a sentence well short
 *   of the others ends its paragraph.
 * Blank lines stay, as the blocks they separate.
 */
import { normalizeFileText } from '../content/file-text';
import { classifyLine } from './bulletin-lines';
import { dropPageFurniture } from './page-furniture';
import { type PrintedLine, shortLineEndsBlock } from './printed-lines';

/** Lines with an indent needed before the text counts as -layout output. */
const LAYOUT_EVIDENCE = 3;
/** Wrapped lines needed before their length counts as the measure. */
const MEASURE_EVIDENCE = 5;
/**
 * Columns a line must stop short of the measure by to end its paragraph: three characters.
 * Columns only estimate widths: a justified line whose last word or number was pushed to the
 * next line is stretched to the margin yet counts up to two characters short. So a last line
 * within three characters of the margin is not told from a full one, and is joined to the next.
 */
const SHORT = 6;

interface Row extends PrintedLine {
  /** Leading whitespace in display columns. */
  indent: number;
}

export function readTextPages(raw: string): PrintedLine[][] {
  const pages: Row[][] = [[]];
  const rows = normalizeFileText(raw).split('\n');
  for (const [index, row] of rows.entries()) {
    if (row.includes('\f') && (pages.at(-1) as Row[]).length > 0) pages.push([]);
    const page = pages.at(-1) as Row[];
    const line = row.replace(/\f/gu, '');
    const text = line.trim();
    page.push({
      no: index + 1,
      page: pages.length,
      line: page.length + 1,
      text,
      indent: text === '' ? 0 : columns(/^\s*/u.exec(line)?.[0] ?? ''),
      startsBlock: false,
      endsBlock: false,
    });
  }
  let kept = dropPageFurniture(pages);
  const layout = kept.flat().filter((line) => line.indent > 0).length >= LAYOUT_EVIDENCE;
  if (layout) kept = dropLineSpacing(kept);
  const lines = kept.flat();
  if (layout)
    readIndents(
      lines,
      lines.filter((line) => line.indent > 0),
    );
  else readLengths(lines);
  return kept.map((page) => page.map(({ indent: _indent, ...line }) => line));
}

/**
 * Text set at 1.5 or double line spacing comes out of -layout with a blank line after every
 * line: those blank lines are spacing, not the gaps between blocks. The sign is a paragraph's
 * continuation lines (not indented, plain text) standing one blank line below the line they
 * continue, more often than lines stand right below each other. Then single blank lines are
 * dropped (a run of two or more still separates), and the indents tell the paragraphs apart.
 */
function dropLineSpacing(pages: Row[][]): Row[][] {
  const isText = (line: Row | undefined) => line !== undefined && line.text !== '';
  let spaced = 0;
  let adjacent = 0;
  for (const page of pages) {
    for (const [at, line] of page.entries()) {
      if (!isText(line)) continue;
      if (isText(page[at - 1])) adjacent++;
      else if (isText(page[at - 2]) && line.indent === 0 && classifyLine(line.text).kind === 'text') spaced++;
    }
  }
  if (spaced < MEASURE_EVIDENCE || spaced <= adjacent) return pages;
  return pages.map((page) => page.filter((line, at) => isText(line) || !isText(page[at - 1]) || !isText(page[at + 1])));
}

/** -layout: the most common small indent is the paragraph indent; a deeper one sets a line apart. */
function readIndents(lines: readonly Row[], indented: readonly Row[]): void {
  const counts = new Map<number, number>();
  for (const line of indented) if (line.indent <= 8) counts.set(line.indent, (counts.get(line.indent) ?? 0) + 1);
  const paragraph = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 4;
  for (const line of lines) {
    line.startsBlock = line.indent > 0;
    line.endsBlock = line.indent > paragraph + 2;
  }
}

/**
 * Default mode: the measure is what lines that another line continues reach (a paragraph's
 * lines run to the margin); a paragraph's first line is measured against other first lines,
 * as it may be indented. Without enough wrapped lines there is nothing to compare with.
 */
function readLengths(lines: readonly Row[]): void {
  const isText = (line: Row | undefined) => line !== undefined && line.text !== '' && classifyLine(line.text).kind === 'text';
  const first = (at: number) => !isText(lines[at - 1]) || (lines[at - 1] as Row).endsBlock;
  const wrapped: number[] = [];
  const firsts: number[] = [];
  for (const [at, line] of lines.entries()) {
    if (isText(line) && lines[at + 1]?.text) (first(at) ? firsts : wrapped).push(columns(line.text));
  }
  if (wrapped.length < MEASURE_EVIDENCE) return;
  const measure = upperQuartile(wrapped);
  const firstMeasure = firsts.length >= MEASURE_EVIDENCE ? Math.min(measure, upperQuartile(firsts)) : measure;
  for (const [at, line] of lines.entries()) {
    if (!lines[at + 1]?.text || line.text === '') continue;
    const reach = first(at) ? firstMeasure : measure;
    line.endsBlock = reach - columns(line.text) >= SHORT && shortLineEndsBlock(line.text);
  }
}

/** Not the longest: one line of wide Latin text must not stretch the measure. */
function upperQuartile(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.75)] as number;
}

/** Display columns: two for a Chinese character or a full-width form, one for anything else. */
function columns(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2018\u2019\u201C\u201D\u2026\u2014\u{20000}-\u{3FFFD}]/u;
