/**
 * Text normalisation shared by indexing, querying and highlighting.
 *
 * NFKC folds full-width forms (５Ｇ → 5g, ＡＢＣ → abc, （ → (), compatibility
 * ideographs and Kangxi radicals onto the unified Han characters, and
 * `toLowerCase` (never the locale-sensitive variant) folds case.
 *
 * We normalise one "cluster" (a code point plus any following combining
 * diacritics U+0300–U+036F) at a time instead of the whole string, so that
 * every normalised code unit can be mapped back to a range of the original
 * text. Highlight ranges are then exact offsets into the text the UI shows,
 * even where NFKC changes the length (e.g. ㈱ → (株), ﬁ → fi).
 */

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** For each code unit of `text`: start offset of its source cluster in the original. */
  from: Uint32Array;
  /** For each code unit of `text`: end offset (exclusive) of its source cluster. */
  to: Uint32Array;
}

const isCombiningMark = (cu: number): boolean => cu >= 0x0300 && cu <= 0x036f;

/** Fast path: ASCII and the main CJK Unified Ideographs block are NFKC-stable. */
const isNfkcStable = (cp: number): boolean => cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff);

function foldCluster(cluster: string, cp: number): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : cluster;
  if (isNfkcStable(cp) && cluster.length === 1) return cluster;
  return cluster.normalize('NFKC').toLowerCase();
}

export function normalizeWithMap(input: string): NormalizedText {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < input.length) {
    const cp = input.codePointAt(i) as number;
    let end = i + (cp > 0xffff ? 2 : 1);
    while (end < input.length && isCombiningMark(input.charCodeAt(end))) end++;
    const folded = foldCluster(input.slice(i, end), cp);
    out += folded;
    for (let k = 0; k < folded.length; k++) {
      from.push(i);
      to.push(end);
    }
    i = end;
  }
  return { text: out, from: Uint32Array.from(from), to: Uint32Array.from(to) };
}

/** Normalise without keeping the offset map (queries, equality checks). */
export function normalize(input: string): string {
  return normalizeWithMap(input).text;
}
