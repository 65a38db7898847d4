/**
 * The partial tier: documents holding most, not all, of a query's primary terms. A
 * question typed as a sentence keeps words no document has (会在, 标是) even after its
 * question words are dropped; the strict tiers then find little, and the documents that
 * hold most of the rest are what the reader wants. Only the posting lists the strict
 * tier already loaded are read, so this costs no bytes.
 *
 * A floor keeps noise out: at least PARTIAL_FLOOR of the terms. Below three terms the
 * floor asks for all of them, which is the strict tier, so there is no partial tier.
 */
import type { PostingList } from './compile';
import { type RangeSet, rangesContain } from './facets';
import { type Hit, idfOf, roundScore, termScore, titleHit } from './score';

const PARTIAL_FLOOR = 0.6;

/** How many of `termCount` terms a partial match must hold. */
export function partialNeed(termCount: number, floor: number = PARTIAL_FLOOR): number {
  return Math.ceil(termCount * floor - 1e-9);
}

/**
 * Documents holding at least the floor's share of the lists, as tier-2 hits whose
 * `primary` is how many they hold; `exclude` are documents already found.
 */
export function partialHits(
  lists: readonly PostingList[],
  docCount: number,
  allowed: RangeSet | null,
  exclude: ReadonlySet<number>,
  floor: number = PARTIAL_FLOOR,
): Hit[] {
  const need = partialNeed(lists.length, floor);
  if (lists.length < 3 || need >= lists.length) return [];
  const counts = new Uint16Array(docCount);
  const titles = new Uint16Array(docCount);
  const scores = new Float64Array(docCount);
  const touched: number[] = [];
  for (const list of lists) {
    const idf = idfOf(list, docCount);
    for (let i = 0; i < list.docs.length; i++) {
      const d = list.docs[i] as number;
      if (exclude.has(d) || (allowed && !rangesContain(allowed, d))) continue;
      const code = list.codes[i] as number;
      if (counts[d] === 0) touched.push(d);
      counts[d] = (counts[d] as number) + 1;
      titles[d] = (titles[d] as number) + titleHit(code);
      scores[d] = (scores[d] as number) + termScore(code, idf);
    }
  }
  const hits: Hit[] = [];
  for (const d of touched) {
    const primary = counts[d] as number;
    if (primary >= need) hits.push({ doc: d, tier: 2, primary, titleHits: titles[d] as number, score: roundScore(scores[d] as number) });
  }
  return hits;
}
