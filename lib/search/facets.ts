/**
 * Filter sets as sorted, half-open ranges of document numbers, flattened:
 * [start0, end0, start1, end1, …]. Documents are numbered newest first, so
 * an issue's items are contiguous and a facet (year, section, type) costs a
 * few numbers per issue instead of one per document.
 */
import type { SearchFilters } from './types';

export type RangeSet = number[];

const FACET_NAMES = ['type', 'section', 'subsection', 'year'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export function facetKey(name: FacetName, value: string | number): string {
  return `${name}:${value}`;
}

/** Facet keys a filter object asks for (AND of all of them). */
export function filterKeys(filters: SearchFilters): string[] {
  const keys: string[] = [];
  for (const name of FACET_NAMES) {
    const v = filters[name];
    if (v !== undefined && v !== null && v !== '') keys.push(facetKey(name, v));
  }
  return keys;
}

/** Ranges from ascending, distinct document numbers. */
export function toRanges(sorted: readonly number[]): RangeSet {
  const out: RangeSet = [];
  for (const n of sorted) {
    const last = out.length - 1;
    if (last > 0 && out[last] === n) out[last] = n + 1;
    else out.push(n, n + 1);
  }
  return out;
}

export function intersectRanges(a: RangeSet, b: RangeSet): RangeSet {
  const out: RangeSet = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i] as number, b[j] as number);
    const e = Math.min(a[i + 1] as number, b[j + 1] as number);
    if (s < e) {
      const last = out.length - 1;
      if (last > 0 && out[last] === s) out[last] = e;
      else out.push(s, e);
    }
    if ((a[i + 1] as number) < (b[j + 1] as number)) i += 2;
    else j += 2;
  }
  return out;
}

export function rangesContain(r: RangeSet, n: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (n < (r[2 * mid] as number)) hi = mid - 1;
    else if (n >= (r[2 * mid + 1] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}

export function rangesSize(r: RangeSet): number {
  let n = 0;
  for (let i = 0; i < r.length; i += 2) n += (r[i + 1] as number) - (r[i] as number);
  return n;
}

/** `take` document numbers of the set after skipping `skip`, ascending (paging a listing). */
export function rangesSlice(r: RangeSet, skip: number, take: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < r.length && out.length < take; i += 2) {
    const s = r[i] as number;
    const e = r[i + 1] as number;
    if (skip >= e - s) {
      skip -= e - s;
      continue;
    }
    for (let n = s + skip; n < e && out.length < take; n++) out.push(n);
    skip = 0;
  }
  return out;
}
