/**
 * Page furniture: the running header (CAICT 中国信通院), footer and page number. They are
 * found by their band, not by their words: a line at the top or bottom of its page whose
 * text (digits aside, so - 3 - matches - 4 -) stands at the same height on at least half of
 * the pages, or a bare page number at the top or bottom of a page. A single page (text
 * without form feeds) has no bands: its headers are left to the structure parser, as before.
 * Blank lines at a page's top and bottom go too: they set the furniture off, they do not end
 * a paragraph that runs on to the next page.
 */
import { classifyLine } from './bulletin-lines';
import type { PrintedLine } from './printed-lines';

/** How many lines deep a header or footer may be. */
const DEPTH = 2;
/** Points two heights may differ by and still be one band. */
const BAND = 3;

export function dropPageFurniture<Line extends PrintedLine>(pages: readonly (readonly Line[])[]): Line[][] {
  if (pages.length < 2) return pages.map(trimBlankLines);
  // Each edge line with the rows between it and the edge line before it (blank rows of text count).
  const edges = pages.map((page) => {
    const text = page.flatMap((line, row) => (line.text === '' ? [] : [{ line, row }]));
    const spaced = (run: typeof text) =>
      run.map((at, depth) => ({ line: at.line, gap: depth === 0 ? 0 : Math.abs(at.row - (run[depth - 1]?.row ?? 0)) }));
    return { top: spaced(text.slice(0, DEPTH)), bottom: spaced(text.slice(-DEPTH).reverse()) };
  });

  // A header's lines stand in order and together: the cover's title 数字乡村发展动态 below the
  // logo text is not the second line of a two-line header just because the words match.
  const repeats = (at: { line: PrintedLine; gap: number }, edge: 'top' | 'bottom', depth: number): boolean => {
    const key = signature(at.line.text);
    const pagesWithIt = edges.filter((e) => {
      const other = e[edge][depth];
      return (
        other !== undefined &&
        signature(other.line.text) === key &&
        sameHeight(at.line.top, other.line.top) &&
        Math.abs(at.gap - other.gap) <= 1
      );
    }).length;
    return pagesWithIt >= 2 && pagesWithIt * 2 >= pages.length;
  };
  const isFurniture = (at: { line: PrintedLine; gap: number }, edge: 'top' | 'bottom', depth: number) =>
    classifyLine(at.line.text).kind === 'page-number' || repeats(at, edge, depth);

  return pages.map((page, index) => {
    const dropped = new Set<PrintedLine>();
    const edge = edges[index] as (typeof edges)[number];
    for (const side of ['top', 'bottom'] as const) {
      for (const [depth, at] of edge[side].entries()) {
        if (!isFurniture(at, side, depth)) break;
        dropped.add(at.line);
      }
    }
    return trimBlankLines(page.filter((line) => !dropped.has(line)));
  });
}

function trimBlankLines<Line extends PrintedLine>(page: readonly Line[]): Line[] {
  const first = page.findIndex((line) => line.text !== '');
  if (first === -1) return [];
  return page.slice(first, page.findLastIndex((line) => line.text !== '') + 1);
}

function signature(text: string): string {
  return text.replace(/\d+/gu, '#').replace(/\s+/gu, '');
}

function sameHeight(a: number | undefined, b: number | undefined): boolean {
  return a === undefined || b === undefined || Math.abs(a - b) <= BAND;
}
