/**
 * Limits that keep the Markdown parser's work bounded, checked by linear scans before it
 * runs. Its helpers recurse once per level of quotes and lists (20,000 levels overflow the
 * stack), and it matches emphasis, brackets and code marks within a paragraph in time that
 * grows with their square (33,000 `a*` took 90 s). No bulletin or Q&A comes near either.
 */

export const MARKDOWN_LIMITS = {
  /** Levels of quotes (`>`) and lists. */
  nesting: 20,
  /** Marks the parser must pair (`*` `_` `~` `[` `]` `` ` `` `<`) in one paragraph. */
  marksPerParagraph: 1000,
} as const;

import type { MarkdownLimitParams } from './rules';

export type LimitBreach = { line: number; limit: MarkdownLimitParams };

/** The first limit the text breaks, or undefined. */
export function markdownLimitBreach(text: string): LimitBreach | undefined {
  const nesting = deepestNesting(text);
  if (nesting.depth > MARKDOWN_LIMITS.nesting) {
    return { line: nesting.line, limit: { kind: 'nesting', count: nesting.depth, max: MARKDOWN_LIMITS.nesting } };
  }
  const marks = busiestParagraph(text);
  if (marks.count > MARKDOWN_LIMITS.marksPerParagraph) {
    return { line: marks.line, limit: { kind: 'marks', count: marks.count, max: MARKDOWN_LIMITS.marksPerParagraph } };
  }
  return undefined;
}

/** The deepest run of quote (`>`) and list markers opening a line, and its line. */
function deepestNesting(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let line = 1;
  let depth = 0;
  let indent = 0;
  let opening = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      line++;
      depth = 0;
      indent = 0;
      opening = true;
      continue;
    }
    if (!opening) continue;
    if (char === ' ' || char === '\t') {
      indent++;
      continue;
    }
    const marker = markerLength(text, i);
    if (char === '>' || marker > 0) {
      // A list nests by its indentation too: two spaces a level is the least CommonMark takes.
      depth += 1 + Math.floor(indent / 2);
      indent = 0;
      if (marker > 0) i += marker - 1;
      if (depth > deepest.depth) deepest = { depth, line };
    } else {
      opening = false;
    }
  }
  return deepest;
}

/** Length of a list marker (`-`, `*`, `+`, `1.`, `1)`) with its space at `i`, or 0. */
function markerLength(text: string, i: number): number {
  let j = i;
  while (j - i < 9 && /[0-9]/.test(text[j] ?? '')) j++;
  const bullet = j === i ? '-*+'.includes(text[i] ?? 'x') : text[j] === '.' || text[j] === ')';
  const after = text[j === i ? i + 1 : j + 1];
  return bullet && (after === ' ' || after === '\t') ? (j === i ? 2 : j - i + 2) : 0;
}

const MARKS = new Set(['*', '_', '~', '[', ']', '`', '<']);

/** The paragraph (lines between blank lines) with the most marks, and its first line. */
function busiestParagraph(text: string): { count: number; line: number } {
  let busiest = { count: 0, line: 1 };
  let count = 0;
  let start = 1;
  let line = 1;
  let blank = true;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (char === '\n' || char === undefined) {
      if (blank) {
        count = 0;
        start = line + 1;
      }
      line++;
      blank = true;
      continue;
    }
    if (char !== ' ' && char !== '\t') blank = false;
    if (MARKS.has(char)) {
      count++;
      if (count > busiest.count) busiest = { count, line: start };
    }
  }
  return busiest;
}
