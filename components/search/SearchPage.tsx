'use client';

import { useEffect, useRef, useState } from 'react';
import type { SearchFilters } from '@/lib/search/types';
import { site } from '@/lib/settings';
import { FilterBar } from './FilterBar';
import { Pagination } from './Pagination';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { SearchStatus } from './SearchStatus';
import { hasFilters, withFilter } from './url-state';
import { useSearchResults } from './useSearchResults';
import { useSearchUrl } from './useSearchUrl';

export const PAGE_SIZE = 10;

/**
 * The /search/ page: everything is derived from the URL (read after hydration,
 * since the page is exported as static HTML), and every change goes back into it.
 */
export function SearchPage({ years }: { years: readonly number[] }) {
  const { state, navigate } = useSearchUrl();
  const { outcome, retry } = useSearchResults(state, PAGE_SIZE);
  const [draft, setDraft] = useState(state.q);
  // Queries this page itself put into the URL. Any other change of q (Back, the
  // header box, an example link) replaces the draft; our own, possibly older,
  // ones must not, or a fast typist would lose keystrokes.
  const ownQueries = useRef<string[]>([]);

  useEffect(() => {
    const own = ownQueries.current.indexOf(state.q);
    if (own >= 0) {
      ownQueries.current = ownQueries.current.slice(own + 1);
      return;
    }
    ownQueries.current = [];
    setDraft(state.q);
  }, [state.q]);

  // The window title names the search, so history and tabs tell searches apart. After a
  // client-side navigation Next writes the route's static title late, so keep ours while mounted.
  useEffect(() => {
    const q = state.q.trim();
    const title = q ? `“${q}”的搜索结果 · ${site.name}` : `搜索 · ${site.name}`;
    document.title = title;
    const keep = new MutationObserver(() => {
      if (document.title !== title) document.title = title;
    });
    keep.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => keep.disconnect();
  }, [state.q]);

  const go = (q: string, kind: 'typing' | 'commit') => {
    // A blank query leaves the URL without q, which reads back as ''.
    if (q !== state.q) ownQueries.current.push(q.trim() === '' ? '' : q);
    navigate({ ...state, q, page: 1 }, kind);
  };
  const setFilter = (name: keyof SearchFilters, value: string) => navigate(withFilter({ ...state, q: draft }, name, value), 'commit');
  const clearFilters = () => navigate({ q: draft, filters: {}, page: 1 }, 'commit');

  const response = outcome.status === 'done' ? outcome.response : outcome.status === 'loading' ? outcome.previous : undefined;
  const pages = response ? Math.ceil(response.total / PAGE_SIZE) : 0;
  // Numbering and the pager follow the results on screen, not the URL: while page 2 loads,
  // page 1 stays (marked busy) and must not be labelled as page 2.
  const shownPage = response ? Math.floor(response.offset / PAGE_SIZE) + 1 : state.page;

  return (
    <>
      <SearchBox value={draft} onDraft={setDraft} onType={(q) => go(q, 'typing')} onSubmit={(q) => go(q, 'commit')} />
      <FilterBar filters={state.filters} years={years} onChange={setFilter} onClear={clearFilters} />
      <SearchStatus outcome={outcome} query={state.q} filtered={hasFilters(state)} onRetry={retry} onClearFilters={clearFilters} />
      {response && response.results.length > 0 && (
        <>
          <ResultList results={response.results} first={response.offset + 1} busy={outcome.status === 'loading'} />
          <Pagination
            page={shownPage}
            pages={pages}
            onPage={(page) => {
              navigate({ ...state, page }, 'commit');
              // The next page starts at the top of the list, not where the buttons were.
              document.getElementById('search-status')?.scrollIntoView({ block: 'start' });
            }}
          />
        </>
      )}
    </>
  );
}
