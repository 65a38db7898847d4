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

export function checkText(text: string, report: Report): void {
  const bidi = bidiControls(text).slice(0, LISTED);
  positions(
    text,
    bidi.map((found) => found.index),
  ).forEach((at, i) => {
    const found = bidi[i] as (typeof bidi)[number];
    const before = text.slice(found.index - at.column + 1, found.index).slice(-12);
    report('bidi-control', at, { label: found.label, before });
  });
  const garbled = findMojibake(text).slice(0, LISTED);
  positions(
    text,
    garbled.map((found) => found.index),
  ).forEach((at, i) => {
    const found = garbled[i] as (typeof garbled)[number];
    report('mojibake', at, { text: excerpt(found.text), meant: excerpt(found.meant) });
  });
}
