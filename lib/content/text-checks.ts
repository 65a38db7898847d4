/**
 * Checks of a file's whole text, front matter and body alike, for text that is not what it
 * looks like: text-direction controls and mojibake. Run by the file parsers, so the CMS
 * checks them too. At most LISTED a rule per file, so a damaged file cannot flood the report.
 */
import { bidiControls } from './characters';
import { findMojibake } from './mojibake';
import { excerpt, type Position, type Report } from './problems';

const LISTED = 20;

/** Line and column of each index, in one pass (indices ascending). */
function positions(text: string, indices: readonly number[]): Position[] {
  const found: Position[] = [];
  let line = 1;
  let lineStart = 0;
  let at = 0;
  for (const index of indices) {
    for (; at < index; at++) {
      if (text.charCodeAt(at) === 10) {
        line++;
        lineStart = at + 1;
      }
    }
    found.push({ line, column: index - lineStart + 1 });
  }
  return found;
}

/** Calls `each` with every found index's position, in one pass. */
function eachAt<T extends { index: number }>(text: string, found: readonly T[], each: (found: T, at: Position) => void): void {
  const at = positions(
    text,
    found.map((item) => item.index),
  );
  for (const [i, item] of found.entries()) each(item, at[i] as Position);
}

export function checkText(text: string, report: Report): void {
  eachAt(text, bidiControls(text).slice(0, LISTED), (found, at) => {
    const before = text.slice(found.index - at.column + 1, found.index).slice(-12);
    report('bidi-control', at, { code: found.code, before });
  });
  eachAt(text, findMojibake(text).slice(0, LISTED), (found, at) => {
    report('mojibake', at, { text: excerpt(found.text), meant: excerpt(found.meant), encoding: found.encoding });
  });
}
