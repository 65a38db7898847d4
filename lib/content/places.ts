/**
 * Where a problem is in the editor's terms: the item (`二、（一）第1条 “中央网信办等11部门联合印发…”`)
 * or question (`第2问 “《行动计划》对‘十四五’时期…”`) whose lines hold it. The file line stays for
 * the command line; the CMS's body box has no line numbers, so the place is what the editor finds.
 */
import type { ContentProblem } from './problems';

/** A part of the body an editor knows by name, and its file lines. */
export interface Place {
  /** `二、（一）第1条 “中央网信办等11部门联合印发…”` */
  place: string;
  /** First and last file line (the heading to the line before the next heading). */
  line: number;
  endLine: number;
}

/** Titles in places are cut short: enough to recognise, short enough to read on one line. */
const TITLE_LENGTH = 14;

export function placeTitle(title: string): string {
  if (!title) return '';
  return title.length > TITLE_LENGTH ? `“${title.slice(0, TITLE_LENGTH)}…”` : `“${title}”`;
}

/** Each place ends the line before the next heading (of any level), or at the end of the file; both lists in file order. */
export function endLines<T extends { line: number }>(parts: readonly T[], headingLines: readonly number[]): (T & { endLine: number })[] {
  let next = 0;
  return parts.map((part) => {
    while (next < headingLines.length && (headingLines[next] as number) <= part.line) next++;
    const following = headingLines[next];
    return { ...part, endLine: following === undefined ? Number.MAX_SAFE_INTEGER : following - 1 };
  });
}

/** Names the place of every problem inside one. */
export function placeProblems(problems: ContentProblem[], places: readonly Place[]): void {
  if (places.length === 0) return;
  for (const problem of problems) {
    const found = places.find((place) => problem.line >= place.line && problem.line <= place.endLine);
    if (found) problem.place = found.place;
  }
}
