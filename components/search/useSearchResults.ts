'use client';

import { useEffect, useState } from 'react';
import type { SearchResponse } from '@/lib/search/types';
import { loadSiteSearcher } from '@/lib/site-search/load-searcher';
import { isEmptySearch, parseSearchState, type SearchState, searchStateQuery } from './url-state';

export type SearchOutcome =
  | { status: 'idle' }
  /** `previous` stays on screen while the next answer loads, so the list does not flash. */
  | { status: 'loading'; previous?: SearchResponse }
  | { status: 'done'; response: SearchResponse }
  | { status: 'error'; message: string };

/** Runs the search a state describes; an empty state loads nothing at all. Late answers to older states are dropped. */
export function useSearchResults(state: SearchState, pageSize: number) {
  const key = searchStateQuery(state);
  const [outcome, setOutcome] = useState<SearchOutcome>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is there to run the same search again on retry
  useEffect(() => {
    // The key is the whole state; reading it back keeps this effect's inputs to one string.
    const wanted = parseSearchState(new URLSearchParams(key));
    if (isEmptySearch(wanted)) {
      setOutcome({ status: 'idle' });
      return;
    }
    let current = true;
    setOutcome((before) => ({
      status: 'loading',
      previous: before.status === 'done' ? before.response : before.status === 'loading' ? before.previous : undefined,
    }));
    loadSiteSearcher()
      .then((searcher) => searcher.search(wanted.q, wanted.filters, pageSize, (wanted.page - 1) * pageSize))
      .then(
        (response) => current && setOutcome({ status: 'done', response }),
        (error: unknown) => current && setOutcome({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [key, pageSize, attempt]);

  return { outcome, retry: () => setAttempt((n) => n + 1) };
}
