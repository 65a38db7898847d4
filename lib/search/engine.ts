/**
 * Query evaluation over any IndexBackend.
 *
 * Matching: every primary term (Han bigram, lone Han char, word; question
 * words dropped) must occur in the title, body or source (AND). If fewer than
 * `minHits` documents pass (default 10, one page), a relaxed tier 2 is
 * appended below: documents holding at least 60% of the primary terms
 * (partial.ts), which catches questions typed as sentences and costs no
 * fetch; then, if the page is still not full, documents holding every Han
 * character (words still required), which catches phrases worded differently
 * (农村电商 vs 农村直播电商, where the bigram 村电 is missing).
 *
 * Ranking, in order: tier; (tier 2 only) how many of the primary terms the
 * document contains; number of query terms found in the title (so a title
 * match beats any body match); the score of score.ts; finally the document
 * number, i.e. the newer issue first.
 */

import type { IndexBackend } from './backend';
import type { PostingList } from './compile';
import { filterKeys, intersectRanges, type RangeSet, rangesContain, rangesSize, rangesSlice } from './facets';
import { highlight, makeSnippet, type SnippetOptions } from './highlight';
import { partialHits, partialNeed } from './partial';
import { type Hit, idfOf, roundScore, termScore, titleHit } from './score';
import { queryTerms } from './tokenize';
import type { DisplayDocument, SearchFilters, SearchResponse, SearchResult } from './types';

export interface EngineOptions {
  /** Run the unigram fallback when the first tier has fewer hits than this. Default 10 (one page). */
  minHits?: number;
  snippet?: SnippetOptions;
}

const DEFAULT_MIN_HITS = 10;
const DEFAULT_LIMIT = 10;

export type { Hit };

/**
 * First index ≥ from whose value is ≥ target (lists are ascending). Gallops
 * from `from` before bisecting: intersections step through lists in order, so
 * the answer is usually a few places ahead.
 */
function lowerBound(a: readonly number[], target: number, from: number): number {
  let lo = from;
  let step = 1;
  let hi = from;
  while (hi < a.length && (a[hi] as number) < target) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, a.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function match(
  lists: readonly PostingList[],
  docCount: number,
  tier: 1 | 2,
  allowed: RangeSet | null,
  exclude: ReadonlySet<number> | null,
): Hit[] {
  if (lists.length === 0 || lists.some((l) => l.docs.length === 0)) return [];
  const idf = lists.map((l) => idfOf(l, docCount));
  const order = lists
    .map((_, i) => i)
    .sort((a, b) => (lists[a] as PostingList).docs.length - (lists[b] as PostingList).docs.length || a - b);
  const driver = order[0] as number;
  const pos = lists.map(() => 0);
  const hits: Hit[] = [];
  const driverDocs = (lists[driver] as PostingList).docs;
  outer: for (let i = 0; i < driverDocs.length; i++) {
    const d = driverDocs[i] as number;
    if (allowed && !rangesContain(allowed, d)) continue;
    if (exclude?.has(d)) continue;
    pos[driver] = i;
    for (let k = 1; k < order.length; k++) {
      const j = order[k] as number;
      const docs = (lists[j] as PostingList).docs;
      const p = lowerBound(docs, d, pos[j] as number);
      pos[j] = p;
      if (p >= docs.length) break outer;
      if (docs[p] !== d) continue outer;
    }
    let titleHits = 0;
    let score = 0;
    for (let t = 0; t < lists.length; t++) {
      const code = (lists[t] as PostingList).codes[pos[t] as number] as number;
      titleHits += titleHit(code);
      score += termScore(code, idf[t] as number);
    }
    hits.push({ doc: d, tier, primary: 0, titleHits, score: roundScore(score) });
  }
  return hits;
}

/** Result order: tier, primary terms held, title hits, score, then the newer document. */
export const compareHits = (a: Hit, b: Hit): number =>
  a.tier - b.tier || b.primary - a.primary || b.titleHits - a.titleHits || b.score - a.score || a.doc - b.doc;

/**
 * The first `count` hits in compareHits order, sorted. A page needs ten of
 * thousands: a bounded heap keeps the worst of the best at its root, so this
 * costs n·log(count) instead of sorting everything. compareHits is a total
 * order (document numbers are unique), so the page is the one a full sort gives.
 */
export function firstHits(hits: readonly Hit[], count: number): Hit[] {
  if (count <= 0) return [];
  if (count * 4 >= hits.length) return [...hits].sort(compareHits).slice(0, count);
  const heap: Hit[] = [];
  const worse = (a: Hit, b: Hit) => compareHits(a, b) > 0;
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(heap[l] as Hit, heap[top] as Hit)) top = l;
      if (r < heap.length && worse(heap[r] as Hit, heap[top] as Hit)) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top] as Hit, heap[i] as Hit];
      i = top;
    }
  };
  for (const hit of hits) {
    if (heap.length < count) {
      heap.push(hit);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i] as Hit, heap[parent] as Hit)) break;
        [heap[i], heap[parent]] = [heap[parent] as Hit, heap[i] as Hit];
        i = parent;
      }
    } else if (worse(heap[0] as Hit, hit)) {
      heap[0] = hit;
      siftDown(0);
    }
  }
  return heap.sort(compareHits);
}

/** Number of the lists containing `doc` (lists are ascending). */
function countContaining(lists: readonly PostingList[], doc: number): number {
  let n = 0;
  for (const l of lists) {
    const p = lowerBound(l.docs, doc, 0);
    if (l.docs[p] === doc) n++;
  }
  return n;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

export async function runSearch(
  source: IndexBackend,
  query: string,
  filters: SearchFilters = {},
  limit: number = DEFAULT_LIMIT,
  offset = 0,
  options: EngineOptions = {},
): Promise<SearchResponse> {
  const take = Math.max(0, Math.floor(limit) || 0);
  const skip = Math.max(0, Math.floor(offset) || 0);
  const minHits = options.minHits ?? DEFAULT_MIN_HITS;
  const { terms, fallback } = queryTerms(query);
  if (terms.length === 0 && query.trim() !== '') {
    return { query, filters, terms, usedFallback: false, nothingToSearch: true, total: 0, offset: skip, results: [] };
  }
  const keys = filterKeys(filters);

  const [info, sets, lists] = await Promise.all([source.info(), source.facets(keys), source.postings(terms)]);
  const allowed = sets.length > 0 ? sets.reduce(intersectRanges) : null;

  let total: number;
  let page: Array<{ doc: number; tier: 0 | 1 | 2; primary: number }>;
  let usedFallback = false;
  if (terms.length === 0) {
    // Filter-only listing (or everything, for a blank query without filters): newest first.
    const set = allowed ?? (info.docCount > 0 ? [0, info.docCount] : []);
    total = rangesSize(set);
    page = rangesSlice(set, skip, take).map((doc) => ({ doc, tier: 0, primary: 0 }));
  } else {
    let hits = match(lists, info.docCount, 1, allowed, null);
    for (const h of hits) h.primary = terms.length;
    if (hits.length < minHits) {
      const found = new Set(hits.map((h) => h.doc));
      // Partial matches first: they read only the lists already loaded. The unigram lists
      // are fetched only if the page is still not full (a long sentence touches many shards).
      const partial = partialHits(lists, info.docCount, allowed, found);
      for (const h of partial) found.add(h.doc);
      const wantMore = hits.length + partial.length < minHits && !sameSet(terms, fallback);
      const more = wantMore ? match(await source.postings(fallback), info.docCount, 2, allowed, found) : [];
      for (const h of more) h.primary = countContaining(lists, h.doc);
      // Both relaxed kinds share tier 2, ordered by how many primary terms they hold.
      if (more.length + partial.length > 0) {
        usedFallback = true;
        hits = hits.concat(more, partial);
      }
    }
    total = hits.length;
    page = firstHits(hits, skip + take).slice(skip);
  }

  const nums = page.map((p) => p.doc);
  const [docs, bodies] = await Promise.all([source.documents(nums), source.bodies(nums)]);
  const primary = new Set(terms);
  const relaxed = new Set(fallback);
  const none = new Set<string>();
  // A relaxed hit holding most primary terms shows which words matched; one holding few, its characters.
  const need = terms.length >= 3 ? partialNeed(terms.length) : Number.POSITIVE_INFINITY;
  const results: SearchResult[] = page.map((p, i) => {
    const marks = p.tier === 1 || (p.tier === 2 && p.primary >= need) ? primary : p.tier === 2 ? relaxed : none;
    const doc = docs[i] as DisplayDocument;
    const result: SearchResult = {
      ...doc,
      titleHighlight: highlight(doc.title, marks),
      snippet: makeSnippet(bodies[i] as string, marks, options.snippet),
      tier: p.tier,
    };
    if (doc.source !== undefined) result.sourceHighlight = highlight(doc.source, marks);
    return result;
  });
  return { query, filters, terms, usedFallback, nothingToSearch: false, total, offset: skip, results };
}
