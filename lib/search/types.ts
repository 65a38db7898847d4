/** Public data shapes of the search library. */

export interface SearchDocument {
  id: string; // 'b/2024-02/2-1-1' for a bulletin item, 'q/<slug>/q1' for a Q&A question
  type: 'bulletin' | 'qa';
  title: string;
  body: string; // plain text
  url: string; // '/bulletins/2024-02/2-1-1/' or '/qa/<slug>/#q1'
  section?: string; // section slug: 'central' | 'work' | 'practice' (typed config lives elsewhere)
  subsection?: string; // subsection slug: 'ministries' | 'local' | 'local-practice' | 'enterprise'
  year: number;
  issue?: string; // '2024-02'
  parentLabel?: string; // what the document is part of: its issue '2024年第2期', or its Q&A article's title
  order: number; // recency rank: higher = newer (the site's is recencyOrder, lib/site-search/documents.ts)
  date?: string; // YYYY-MM-DD, only when the source gives one
  source?: string; // 信息来源
}

export type DocType = SearchDocument['type'];

/** All given filters must hold (AND); an absent filter does not restrict. */
export interface SearchFilters {
  type?: DocType;
  section?: string;
  subsection?: string;
  year?: number;
}

/** Everything about a document except its body: what a result list shows. */
export type DisplayDocument = Omit<SearchDocument, 'body'>;

/**
 * Text with matched ranges, as data: the UI escapes `text` itself and wraps
 * the ranges (e.g. in <mark>). Ranges are [start, end) UTF-16 offsets into
 * `text`, sorted and non-overlapping.
 */
export interface Highlighted {
  text: string;
  ranges: Array<[number, number]>;
}

export interface Segment {
  text: string;
  match: boolean;
}

export interface Snippet extends Highlighted {
  /** `text` is the same text cut into plain and matched pieces. */
  segments: Segment[];
  /** True when the window does not start at the beginning of the body (show "…"). */
  clippedStart: boolean;
  /** True when the window does not reach the end of the body (show "…"). */
  clippedEnd: boolean;
}

export interface SearchResult extends DisplayDocument {
  /** Highlighted title. */
  titleHighlight: Highlighted & { segments: Segment[] };
  /** Highlighted 信息来源, when the document has one: a source query marks it. */
  sourceHighlight?: Highlighted & { segments: Segment[] };
  snippet: Snippet;
  /** 1 = matched all query bigrams, 2 = matched only in the unigram fallback, 0 = filter listing. */
  tier: 0 | 1 | 2;
}

export interface SearchResponse {
  query: string;
  filters: SearchFilters;
  /** Primary query terms after tokenisation (empty for a filter-only listing). */
  terms: string[];
  /** True when unigram-fallback results were appended. */
  usedFallback: boolean;
  /**
   * True when the query has text but nothing searchable in it (only punctuation or
   * symbols, `(*.+?[`): no results, whatever the filters, rather than a listing of everything.
   */
  nothingToSearch: boolean;
  /** Number of matching documents (all tiers), before limit/offset. */
  total: number;
  /** How many matches were skipped before `results` (the page this response answers). */
  offset: number;
  results: SearchResult[];
}
