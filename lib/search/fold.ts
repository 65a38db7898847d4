/**
 * Traditional → simplified folding of single Han characters, with the one table
 * (fold-table.generated.ts) that indexing, queries and highlighting all use: 數字鄉村
 * finds 数字乡村, and the highlight marks the simplified text it matched. Each fold maps
 * one UTF-16 code unit of the main CJK block onto one other, so offsets never move.
 */
import { FOLD_FROM_GAPS, FOLD_TO } from './fold-table.generated';

const FIRST = 0x4e00;
const LAST = 0x9fff;

/** By code unit − FIRST: the simplified code unit, 0 where the character stays itself. */
const table = new Uint16Array(LAST - FIRST + 1);
let from = FIRST;
FOLD_FROM_GAPS.split(',').forEach((gap, i) => {
  from += Number.parseInt(gap, 36);
  table[from - FIRST] = FOLD_TO.charCodeAt(i);
});

/** The traditional characters of the table, ascending (for tests and tools). */
export function foldedCharacters(): string {
  let out = '';
  for (let i = 0; i < table.length; i++) if (table[i] !== 0) out += String.fromCharCode(FIRST + i);
  return out;
}

/** True when this code unit is a traditional character with a simplified form. */
export function hasHanFold(cu: number): boolean {
  return cu >= FIRST && cu <= LAST && table[cu - FIRST] !== 0;
}

/** The text with every traditional character replaced by its simplified form (same length). */
export function foldHan(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const cu = text.charCodeAt(i);
    if (!hasHanFold(cu)) continue;
    out += text.slice(copied, i) + String.fromCharCode(table[cu - FIRST] as number);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
