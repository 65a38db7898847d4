/**
 * The text runs of a PDF's pages as printed lines, with what their positions say:
 * - runs on one baseline make one line, joined by a space where they stand a word apart and
 *   by a tab where they stand far apart (a table of contents' page number);
 * - the body's margins are where most lines of body text start and end; a first line indented
 *   from the left margin, or standing below a wider gap than the body's line pitch, starts a
 *   block; a centred line (图N caption) or one set against the right margin away from the left
 *   (（信息来源：…）, a department) is set apart; a text line that ends a sentence short of the
 *   right margin ends its paragraph.
 * Positions are in points, y from the top of the page.
 */
import type { PdfPage, PdfTextRun } from './pdf-document';
import { type PrintedLine, shortLineEndsBlock } from './printed-lines';

export interface PdfLine {
  text: string;
  left: number;
  right: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
}

/** Runs whose baselines differ by less than this share a line, as a fraction of the font size. */
const SAME_LINE = 0.4;
/** A gap wider than this (in font sizes) between two runs is a space; wider than TAB, a tab. */
const SPACE = 0.2;
const TAB = 1.5;
/** A line pitch this many times the body's is a gap between blocks. */
const WIDE_PITCH = 1.3;

export function pageLines(runs: readonly PdfTextRun[]): PdfLine[] {
  const lines: { y: number; size: number; runs: PdfTextRun[] }[] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.at(-1);
    if (line && Math.abs(run.y - line.y) < SAME_LINE * Math.min(run.size, line.size)) line.runs.push(run);
    else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines.map((line) => {
    const sorted = [...line.runs].sort((a, b) => a.x - b.x);
    let text = '';
    let right = sorted[0]?.x ?? 0;
    for (const run of sorted) {
      const gap = run.x - right;
      const size = Math.max(run.size, 1);
      if (text !== '') text += gap > TAB * size ? '\t' : gap > SPACE * size ? ' ' : '';
      text += run.text;
      right = Math.max(right, run.x + run.width);
    }
    return { text: text.trim(), left: sorted[0]?.x ?? 0, right, y: line.y, size: Math.max(...line.runs.map((r) => r.size)) };
  });
}

export type GeometricLine = PrintedLine & { geometry: PdfLine };

/** Every page's lines, numbered through the document in reading order; block evidence comes later. */
export function printPdfLines(pages: readonly PdfPage[]): GeometricLine[][] {
  let no = 0;
  return pages.map((page) =>
    pageLines(page.runs).map((line, index) => ({
      no: ++no,
      page: page.number,
      line: index + 1,
      text: line.text,
      top: line.y,
      startsBlock: false,
      endsBlock: false,
      geometry: line,
    })),
  );
}

/** Mark where blocks start and end, from the body's margins and pitch (furniture already dropped). */
export function readBlockEvidence(pages: readonly (readonly GeometricLine[])[]): void {
  const body = mostCommon(pages.flat().map((line) => round(line.geometry.size, 0.5)));
  if (body === undefined) return;
  const isBody = (line: GeometricLine) => Math.abs(line.geometry.size - body) < 0.5;
  const pitches: number[] = [];
  for (const page of pages) {
    for (const [at, line] of page.entries()) {
      const previous = page[at - 1];
      if (previous && isBody(line) && isBody(previous)) pitches.push(round(line.geometry.y - previous.geometry.y, 0.5));
    }
  }
  const pitch = mostCommon(pitches) ?? body * 1.5;
  const documentMargins = margins(pages.flat().filter(isBody), { left: 0, right: 0 });

  for (const page of pages) {
    // Margins per page: facing pages may be set off differently.
    const { left, right } = margins(page.filter(isBody), documentMargins);
    for (const [at, line] of page.entries()) {
      const { left: start, right: end, size, y } = line.geometry;
      const indent = (start - left) / size;
      const shortBy = (right - end) / size;
      const centred = indent > 0.5 && Math.abs(indent - shortBy) <= 1;
      const rightAligned = Math.abs(shortBy) <= 1 && indent > 4;
      const previous = page[at - 1];
      const gap = previous ? y - previous.geometry.y > WIDE_PITCH * pitch * (Math.max(size, previous.geometry.size) / body) : false;
      line.startsBlock = indent >= 0.5 || gap;
      line.endsBlock = centred || rightAligned || (shortBy >= 1.5 && shortLineEndsBlock(line.text));
    }
  }
}

/**
 * The text block's edges: on the left, the leftmost position two lines share (continuation
 * lines start there, first lines further in); on the right, where most lines end, as justified
 * lines all do. Too few lines to tell: the fallback.
 */
function margins(lines: readonly GeometricLine[], fallback: { left: number; right: number }): { left: number; right: number } {
  if (lines.length < 3) return fallback;
  const lefts = new Map<number, number>();
  for (const line of lines) lefts.set(round(line.geometry.left, 1), (lefts.get(round(line.geometry.left, 1)) ?? 0) + 1);
  const shared = [...lefts].filter(([, count]) => count >= 2).map(([left]) => left);
  return {
    left: shared.length > 0 ? Math.min(...shared) : fallback.left,
    right: mostCommon(lines.map((line) => round(line.geometry.right, 1))) ?? fallback.right,
  };
}

function round(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}
