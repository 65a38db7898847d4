/**
 * Related reading for an item page: other items and Q&A questions that cite one of the
 * same policy documents (同一文件) or name one of the same regions (同一地区), from the
 * taxonomies the build already computed. Plain data in, plain data out.
 *
 * Order: more shared documents first (a shared document is the stronger tie), then more
 * shared regions, then the newer; at most `limit`.
 */
import { refKeyOf } from './refs';
import type { TaxonomyRef, Term } from './types';

export type RelatedReason = { kind: 'document' | 'region'; slug: string; name: string };

export interface RelatedEntry {
  ref: TaxonomyRef;
  /** Why it is listed: the shared documents, then the shared regions. */
  reasons: RelatedReason[];
}

export const RELATED_LIMIT = 5;

/** Issue id or date, both YYYY-… : sorts newest first as text. */
const recency = (ref: TaxonomyRef): string => (ref.kind === 'item' ? ref.issueId : ref.date);

export function relatedEntries(
  self: TaxonomyRef,
  terms: { policies: readonly Term[]; regions: readonly Term[] },
  limit: number = RELATED_LIMIT,
): RelatedEntry[] {
  const found = new Map<string, RelatedEntry>();
  const add = (kind: RelatedReason['kind'], term: Term) => {
    for (const { ref } of term.entries) {
      const key = refKeyOf(ref);
      if (key === refKeyOf(self)) continue;
      const entry = found.get(key) ?? { ref, reasons: [] };
      if (!entry.reasons.some((r) => r.kind === kind && r.slug === term.slug))
        entry.reasons.push({ kind, slug: term.slug, name: term.name });
      found.set(key, entry);
    }
  };
  for (const term of terms.policies) add('document', term);
  for (const term of terms.regions) add('region', term);

  // A question listed for itself makes its article's own listing redundant.
  const questionsOf = new Set([...found.values()].flatMap(({ ref }) => (ref.kind === 'qa' && ref.questionId ? [ref.slug] : [])));
  const count = (entry: RelatedEntry, kind: RelatedReason['kind']) => entry.reasons.filter((r) => r.kind === kind).length;
  return [...found.values()]
    .filter(({ ref }) => !(ref.kind === 'qa' && !ref.questionId && questionsOf.has(ref.slug)))
    .sort(
      (a, b) =>
        count(b, 'document') - count(a, 'document') ||
        count(b, 'region') - count(a, 'region') ||
        (recency(a.ref) < recency(b.ref) ? 1 : recency(a.ref) > recency(b.ref) ? -1 : 0),
    )
    .slice(0, limit);
}
