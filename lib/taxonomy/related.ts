/**
 * Related reading for an item page: other items and Q&A questions that cite one of the
 * same policy documents (同一文件) or name one of the same regions (同一地区), from the
 * taxonomies the build already computed. Plain data in, plain data out.
 *
 * Order: more shared documents first (a shared document is the stronger tie), then more
 * shared regions, then the newer; at most `limit`. Each term counts with its newest
 * ENTRIES_PER_TERM entries, so an item page costs the same in any size of archive.
 */
import { refKeyOf } from './refs';
import type { TaxonomyRef, Term, TermEntry } from './types';

export type RelatedReason = { kind: 'policy' | 'region'; slug: string; name: string };

export interface RelatedEntry {
  ref: TaxonomyRef;
  /** Why it is listed: the shared documents, then the shared regions. */
  reasons: RelatedReason[];
}

export const RELATED_LIMIT = 5;

/**
 * How many of a term's newest entries an item page looks at. A document or province named
 * across the whole archive is a weak tie, and reading all its entries on each of its pages
 * would make the build quadratic in the archive (measured: 87 ms a page at 100 issues).
 */
export const ENTRIES_PER_TERM = 50;

/** Issue id or date, both YYYY-… : sorts newest first as text. */
const recency = (ref: TaxonomyRef): string => (ref.kind === 'item' ? ref.issueId : ref.date);
const newerFirst = (a: TermEntry, b: TermEntry) => {
  const [x, y] = [recency(a.ref), recency(b.ref)];
  return x < y ? 1 : x > y ? -1 : 0;
};

/** Keyed by the entries array, which every page's view of the term shares: sorted once per process. */
const newestOf = new WeakMap<readonly TermEntry[], readonly TermEntry[]>();
function newestEntries(term: Term): readonly TermEntry[] {
  let newest = newestOf.get(term.entries);
  if (!newest) {
    newest = [...term.entries].sort(newerFirst).slice(0, ENTRIES_PER_TERM);
    newestOf.set(term.entries, newest);
  }
  return newest;
}

interface Candidate extends RelatedEntry {
  policies: number;
  regions: number;
}

export function relatedEntries(
  self: TaxonomyRef,
  terms: { policies: readonly Term[]; regions: readonly Term[] },
  limit: number = RELATED_LIMIT,
): RelatedEntry[] {
  const selfKey = refKeyOf(self);
  const found = new Map<string, Candidate>();
  const add = (kind: RelatedReason['kind'], term: Term) => {
    for (const { ref } of newestEntries(term)) {
      const key = refKeyOf(ref);
      if (key === selfKey) continue;
      let entry = found.get(key);
      if (!entry) {
        entry = { ref, reasons: [], policies: 0, regions: 0 };
        found.set(key, entry);
      }
      if (entry.reasons.some((r) => r.kind === kind && r.slug === term.slug)) continue;
      entry.reasons.push({ kind, slug: term.slug, name: term.name });
      if (kind === 'policy') entry.policies++;
      else entry.regions++;
    }
  };
  for (const term of terms.policies) add('policy', term);
  for (const term of terms.regions) add('region', term);

  // A question listed for itself makes its article's own listing redundant.
  const questionsOf = new Set([...found.values()].flatMap(({ ref }) => (ref.kind === 'qa' && ref.questionId ? [ref.slug] : [])));
  return [...found.values()]
    .filter(({ ref }) => !(ref.kind === 'qa' && !ref.questionId && questionsOf.has(ref.slug)))
    .sort((a, b) => b.policies - a.policies || b.regions - a.regions || newerFirst(a, b))
    .slice(0, limit)
    .map(({ ref, reasons }) => ({ ref, reasons }));
}
