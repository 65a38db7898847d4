/**
 * Turns documents into the logical index that both the in-memory searcher
 * and the sharded files are made from, so the two cannot drift apart.
 *
 * Documents are numbered newest first (`order` descending, input position
 * breaking ties). That makes "ties go to the newer issue" a plain
 * ascending-number comparison and keeps facet ranges short.
 */
import { facetKey, type RangeSet, toRanges } from './facets';
import { documentTerms } from './tokenize';
import type { DisplayDocument, SearchDocument } from './types';

/**
 * Postings of one term: ascending document numbers and, for each, a code
 * `bodyTf * 4 + (inTitle ? 2 : 0) + (inSource ? 1 : 0)` (see postingCode).
 */
export interface PostingList {
  docs: number[];
  codes: number[];
}

/** Where a term occurs in one document: title, body (how often), 信息来源. */
export interface TermPlaces {
  title: boolean;
  bodyTf: number;
  source: boolean;
}

export function postingCode(places: TermPlaces): number {
  return places.bodyTf * 4 + (places.title ? 2 : 0) + (places.source ? 1 : 0);
}

// Readers of one code, bit operations only: the engine calls them for every candidate document.
export const codeInTitle = (code: number): boolean => (code & 2) !== 0;
export const codeBodyTf = (code: number): number => code >>> 2;
export const codeInSource = (code: number): boolean => (code & 1) !== 0;

export const EMPTY_POSTINGS: PostingList = Object.freeze({ docs: [], codes: [] }) as PostingList;

export interface FacetCounts {
  type: Record<string, number>;
  section: Record<string, number>;
  subsection: Record<string, number>;
  year: Record<string, number>;
}

export interface CompiledIndex {
  docCount: number;
  /** By document number. */
  docs: DisplayDocument[];
  /** By document number. */
  bodies: string[];
  postings: Map<string, PostingList>;
  /** Facet key ('section:work', 'year:2024', …) → document ranges. */
  facets: Map<string, RangeSet>;
  facetCounts: FacetCounts;
}

/** Copy the known display fields, leaving absent optional fields absent. */
function toDisplay(d: SearchDocument | DisplayDocument): DisplayDocument {
  const out: DisplayDocument = { id: d.id, type: d.type, title: d.title, url: d.url, year: d.year, order: d.order };
  if (d.section !== undefined) out.section = d.section;
  if (d.subsection !== undefined) out.subsection = d.subsection;
  if (d.issue !== undefined) out.issue = d.issue;
  if (d.parentLabel !== undefined) out.parentLabel = d.parentLabel;
  if (d.date !== undefined) out.date = d.date;
  if (d.source !== undefined) out.source = d.source;
  return out;
}

function validate(docs: readonly SearchDocument[]): void {
  const seen = new Set<string>();
  for (const d of docs) {
    const where = `search document ${JSON.stringify(d.id)}`;
    if (typeof d.id !== 'string' || d.id === '') throw new Error(`${where}: id must be a non-empty string`);
    if (seen.has(d.id)) throw new Error(`${where}: duplicate id`);
    seen.add(d.id);
    if (d.type !== 'bulletin' && d.type !== 'qa') throw new Error(`${where}: bad type`);
    if (typeof d.title !== 'string' || typeof d.body !== 'string' || typeof d.url !== 'string') {
      throw new Error(`${where}: title, body and url must be strings`);
    }
    if (!Number.isFinite(d.order)) throw new Error(`${where}: order must be a finite number`);
    if (!Number.isInteger(d.year)) throw new Error(`${where}: year must be an integer`);
  }
}

export function compileIndex(input: readonly SearchDocument[]): CompiledIndex {
  validate(input);
  const sorted = input
    .map((doc, pos) => ({ doc, pos }))
    .sort((a, b) => b.doc.order - a.doc.order || a.pos - b.pos)
    .map((x) => x.doc);

  const postings = new Map<string, PostingList>();
  const facetDocs = new Map<string, number[]>();
  const facetCounts: FacetCounts = { type: {}, section: {}, subsection: {}, year: {} };
  const addFacet = (name: keyof FacetCounts, value: string | number | undefined, n: number): void => {
    if (value === undefined || value === '') return;
    const key = facetKey(name, value);
    const list = facetDocs.get(key);
    if (list) list.push(n);
    else facetDocs.set(key, [n]);
    facetCounts[name][String(value)] = (facetCounts[name][String(value)] ?? 0) + 1;
  };

  sorted.forEach((doc, n) => {
    const title = documentTerms(doc.title);
    const body = documentTerms(doc.body);
    // The source (新华社, 央广网) is a field of its own: a source name finds the items it gave.
    const source = documentTerms(doc.source ?? '');
    const terms = new Set<string>([...title.keys(), ...body.keys(), ...source.keys()]);
    for (const term of terms) {
      const code = postingCode({ title: title.has(term), bodyTf: body.get(term) ?? 0, source: source.has(term) });
      const list = postings.get(term);
      if (list) {
        list.docs.push(n);
        list.codes.push(code);
      } else {
        postings.set(term, { docs: [n], codes: [code] });
      }
    }
    addFacet('type', doc.type, n);
    addFacet('section', doc.section, n);
    addFacet('subsection', doc.subsection, n);
    addFacet('year', doc.year, n);
  });

  const facets = new Map<string, RangeSet>();
  for (const [key, list] of facetDocs) facets.set(key, toRanges(list));

  return {
    docCount: sorted.length,
    docs: sorted.map(toDisplay),
    bodies: sorted.map((d) => d.body),
    postings,
    facets,
    facetCounts,
  };
}
