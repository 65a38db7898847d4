import type { Region } from './regions';

/** Something a term lists: a bulletin item, or a Q&A article or one of its questions. */
export type TaxonomyRef =
  | { kind: 'item'; issueId: string; issueLabel: string; year: number; itemId: string; title: string; source: string }
  | { kind: 'qa'; slug: string; title: string; date: string; source: string; questionId?: string; questionTitle?: string };

export interface TermEntry {
  ref: TaxonomyRef;
  /** Why it is listed, when that is worth showing: the words that name a region, the short name used. */
  note?: string;
}

/** One source, region, document, category or tag, with what it lists. */
export interface Term {
  slug: string;
  name: string;
  entries: TermEntry[];
}

export interface RegionTerm extends Term {
  region: Region;
}

/** The terms one item or Q&A article links to. */
export interface TermsOf {
  source: Term;
  regions: RegionTerm[];
  policies: Term[];
}

export interface YearArchive {
  year: number;
  issues: { id: string; label: string; itemCount: number }[];
  qas: { slug: string; title: string; date: string }[];
}

export interface Taxonomies {
  /** Most-cited first. */
  sources: Term[];
  /** Divisions that some content names, in table (north to south) order. */
  regions: RegionTerm[];
  /** Entry count of every one of the 34 divisions, 0 included: shades the map. */
  regionCounts: ReadonlyMap<string, number>;
  policies: Term[];
  /** Newest first. */
  years: YearArchive[];
  qaCategories: Term[];
  qaTags: Term[];
  /** Keyed `2024-02/2-1-1`. */
  byItem: ReadonlyMap<string, TermsOf>;
  /** Keyed by Q&A slug. */
  byQa: ReadonlyMap<string, TermsOf & { categories: Term[]; tags: Term[] }>;
}
