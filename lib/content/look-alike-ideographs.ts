/**
 * Code points that look like an ideograph and are not it: radicals (⻅ U+2EC5 for 见 U+89C1),
 * strokes and compatibility ideographs. Fonts map glyphs to them, so text extracted from a PDF
 * carries them, and an editor may paste one: the page looks right, but a search for 意见 misses
 * the item. The importer folds them (foldLookAlikes); validation reports any left in a file.
 * The table is generated from Unicode's data (scripts/generate-ideograph-table.ts).
 */
import { codePointLabel } from './characters';
import { LOOK_ALIKES, UNIFIED } from './look-alike-ideographs.generated';

const TABLE: ReadonlyMap<string, string> = (() => {
  const from = [...LOOK_ALIKES];
  const to = [...UNIFIED];
  return new Map(from.map((char, index) => [char, to[index] as string]));
})();

/** Radicals, strokes and compatibility ideographs: cheap pre-test before the table lookup. */
const CANDIDATE = /[\u2E80-\u2FDF\u31C0-\u31EF\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu;

/** The unified ideograph a look-alike stands for; undefined for anything else. */
export function unifiedIdeograph(char: string): string | undefined {
  return TABLE.get(char);
}

export interface LookAlike {
  /** Index in the text (UTF-16 code units). */
  index: number;
  char: string;
  unified: string;
}

/** Every look-alike in the text, by position. */
export function findLookAlikes(text: string): LookAlike[] {
  const found: LookAlike[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const unified = TABLE.get(match[0]);
    if (unified) found.push({ index: match.index, char: match[0], unified });
  }
  return found;
}

/** The text with every look-alike replaced by its unified ideograph. */
export function foldLookAlikes(text: string): string {
  return text.replace(CANDIDATE, (char) => TABLE.get(char) ?? char);
}

/** `U+2EC5` */
export function codePointName(char: string): string {
  return codePointLabel(char.codePointAt(0) as number);
}

/** What validation's message names: the character found and the one to write instead. */
export function lookAlikeParams(found: LookAlike) {
  return { char: found.char, charCode: codePointName(found.char), unified: found.unified, unifiedCode: codePointName(found.unified) };
}
