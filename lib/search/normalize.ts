/**
 * Text normalisation shared by indexing, querying and highlighting.
 *
 * NFKC folds full-width forms (５Ｇ → 5g, ＡＢＣ → abc, （ → (), compatibility
 * ideographs and Kangxi radicals onto the unified Han characters, and
 * `toLowerCase` (never the locale-sensitive variant) folds case, and
 * traditional characters fold onto simplified ones (fold.ts): 數字 → 数字.
 *
 * We normalise one "cluster" (a code point plus any following combining
 * diacritics U+0300–U+036F) at a time instead of the whole string, so that
 * every normalised code unit can be mapped back to a range of the original
 * text. Highlight ranges are then exact offsets into the text the UI shows,
 * even where NFKC changes the length (e.g. ㈱ → (株), ﬁ → fi).
 */
import { foldHan, hasHanFold } from './fold';

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** For each code unit of `text`: start offset of its source cluster in the original. */
  from: Uint32Array;
  /** For each code unit of `text`: end offset (exclusive) of its source cluster. */
  to: Uint32Array;
}

const isCombiningMark = (cu: number): boolean => cu >= 0x0300 && cu <= 0x036f;

/** Fast path: ASCII and the main CJK Unified Ideographs block are NFKC-stable (traditional forms still fold). */
const isNfkcStable = (cp: number): boolean => cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff);

/** Folds of single code points, which repeat endlessly (CJK punctuation): computed once each. */
const folds = new Map<number, string>();

function foldCluster(cluster: string, cp: number): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : cluster;
  if (isNfkcStable(cp) && cluster.length === 1) return foldHan(cluster);
  const single = cluster.length === (cp > 0xffff ? 2 : 1);
  let folded = single ? folds.get(cp) : undefined;
  if (folded === undefined) {
    // A compatibility ideograph may come out of NFKC as a traditional character: fold that too.
    folded = foldHan(cluster.normalize('NFKC').toLowerCase());
    if (single) folds.set(cp, folded);
  }
  return folded;
}

/** The end of the cluster starting at `i`: one code point plus any combining marks after it. */
function clusterEnd(input: string, i: number, cp: number): number {
  let end = i + (cp > 0xffff ? 2 : 1);
  while (end < input.length && isCombiningMark(input.charCodeAt(end))) end++;
  return end;
}

/**
 * A code unit that normalises to itself on its own (lowercase ASCII, digits,
 * punctuation, main-block Han without a simplified form) and is not followed by
 * a combining mark. Runs of these are copied in one piece: that is nearly all
 * of a Chinese text.
 */
function keepsItself(input: string, i: number): boolean {
  const cu = input.charCodeAt(i);
  const stable = cu < 0x80 ? cu < 0x41 || cu > 0x5a : cu >= 0x4e00 && cu <= 0x9fff && !hasHanFold(cu);
  return stable && !isCombiningMark(input.charCodeAt(i + 1));
}

export function normalizeWithMap(input: string): NormalizedText {
  let out = '';
  // NFKC may lengthen a cluster (㈱ → (株)), so the maps grow when needed.
  let from = new Uint32Array(input.length);
  let to = new Uint32Array(input.length);
  let n = 0;
  let copied = 0; // input before this offset is already in `out`
  let i = 0;
  while (i < input.length) {
    if (keepsItself(input, i)) {
      from[n] = i;
      to[n] = i + 1;
      n++;
      i++;
      continue;
    }
    out += input.slice(copied, i);
    const cp = input.codePointAt(i) as number;
    const end = clusterEnd(input, i, cp);
    const folded = foldCluster(input.slice(i, end), cp);
    out += folded;
    // Room for this fold and for every later code unit keeping itself.
    const needed = n + folded.length + (input.length - end);
    if (needed > from.length) {
      const grownFrom = new Uint32Array(2 * needed);
      const grownTo = new Uint32Array(2 * needed);
      grownFrom.set(from);
      grownTo.set(to);
      from = grownFrom;
      to = grownTo;
    }
    for (let k = 0; k < folded.length; k++) {
      from[n] = i;
      to[n] = end;
      n++;
    }
    i = end;
    copied = end;
  }
  out = copied === 0 ? input : out + input.slice(copied);
  return { text: out, from: from.subarray(0, n), to: to.subarray(0, n) };
}

/** Normalise without keeping the offset map (queries, indexing). */
export function normalize(input: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < input.length) {
    if (keepsItself(input, i)) {
      i++;
      continue;
    }
    out += input.slice(copied, i);
    const cp = input.codePointAt(i) as number;
    const end = clusterEnd(input, i, cp);
    out += foldCluster(input.slice(i, end), cp);
    i = end;
    copied = end;
  }
  return copied === 0 ? input : out + input.slice(copied);
}
