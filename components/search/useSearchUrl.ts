'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { parseSearchState, type SearchState, searchStateQuery } from './url-state';

/** A typing burst edits one history entry; Enter, a filter or paging starts a new one. */
export type NavigationKind = 'typing' | 'commit';

/**
 * The search state from the address bar, and a way to change it. Typing keeps
 * rewriting the entry it started (so Back does not step through every keystroke);
 * anything else pushes a new entry, so Back restores the previous search.
 * Native pushState/replaceState update useSearchParams without a page load.
 */
export function useSearchUrl() {
  const params = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const typingEntry = useRef(false);

  useEffect(() => {
    const onPop = () => {
      typingEntry.current = false;
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((next: SearchState, kind: NavigationKind) => {
    const target = `${window.location.pathname}${searchStateQuery(next)}`;
    const current = `${window.location.pathname}${window.location.search}`;
    if (target !== current) {
      if (kind === 'typing' && typingEntry.current) window.history.replaceState(null, '', target);
      else window.history.pushState(null, '', target);
    }
    typingEntry.current = kind === 'typing';
  }, []);

  return { state, navigate };
}
