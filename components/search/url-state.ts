/**
 * A search as it lives in the address bar: `?q=…&section=…&subsection=…&type=…&year=…&page=…`.
 * The URL is the one source of truth, so a search can be shared, bookmarked
 * and restored by the back button. Unknown values are dropped, never guessed.
 */
import { findSection, SECTIONS } from '@/lib/content/sections';
import type { DocType, SearchFilters } from '@/lib/search/types';

export interface SearchState {
  /** The query exactly as typed (spaces kept, so the box never fights the typist). */
  q: string;
  filters: SearchFilters;
  /** 1-based page of results. */
  page: number;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, page: 1 };

const TYPES: readonly DocType[] = ['bulletin', 'qa'];

function parentOf(subsection: string): string | undefined {
  return SECTIONS.find((s) => s.subsections.some((sub: { slug: string }) => sub.slug === subsection))?.slug;
}

/** Reads a state from search params; anything unknown or malformed is left out. */
export function parseSearchState(params: Pick<URLSearchParams, 'get'>): SearchState {
  const filters: SearchFilters = {};
  const section = params.get('section') ?? '';
  if (findSection(section)) filters.section = section;
  const subsection = params.get('subsection') ?? '';
  const parent = parentOf(subsection);
  // A subsection implies its section; one that contradicts the section is dropped.
  if (parent && (!filters.section || filters.section === parent)) {
    filters.section = parent;
    filters.subsection = subsection;
  }
  const type = params.get('type') ?? '';
  if ((TYPES as readonly string[]).includes(type)) filters.type = type as DocType;
  const year = params.get('year') ?? '';
  if (/^\d{4}$/.test(year)) filters.year = Number(year);
  const page = params.get('page') ?? '';
  return { q: params.get('q') ?? '', filters, page: /^[1-9]\d{0,4}$/.test(page) ? Number(page) : 1 };
}

/** `?q=…&section=…` in a fixed order, empty parts omitted; '' for the empty state. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  const { section, subsection, type, year } = state.filters;
  if (section) params.set('section', section);
  if (subsection) params.set('subsection', subsection);
  if (type) params.set('type', type);
  if (year !== undefined) params.set('year', String(year));
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((v) => v !== undefined);
}

/** Nothing to search for: no query words and no filter (the page then shows hints, and loads no index). */
export function isEmptySearch(state: SearchState): boolean {
  return state.q.trim() === '' && !hasFilters(state);
}

/**
 * Changes one filter and keeps the rest coherent: a Q&A has no section, so
 * picking 答记者问 clears the section and picking a section clears 答记者问;
 * a new section clears a subsection of another. Any change goes back to page 1.
 */
export function withFilter(state: SearchState, name: keyof SearchFilters, value: string): SearchState {
  const filters: SearchFilters = { ...state.filters };
  if (name === 'year') {
    if (/^\d{4}$/.test(value)) filters.year = Number(value);
    else delete filters.year;
  } else if (value === '') {
    delete filters[name];
    if (name === 'section') delete filters.subsection;
  } else if (name === 'type') {
    filters.type = value as DocType;
    if (value === 'qa') {
      delete filters.section;
      delete filters.subsection;
    }
  } else if (name === 'section') {
    filters.section = value;
    if (filters.subsection && parentOf(filters.subsection) !== value) delete filters.subsection;
    if (filters.type === 'qa') delete filters.type;
  } else {
    filters.subsection = value;
    const parent = parentOf(value);
    if (parent) filters.section = parent;
    if (filters.type === 'qa') delete filters.type;
  }
  return { ...state, filters, page: 1 };
}
