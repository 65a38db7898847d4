'use client';

import { type KeyboardEvent, useRef, useState } from 'react';
import { routes } from '@/lib/routes';
import type { SearchResponse } from '@/lib/search/types';
import { loadSiteSearcher } from '@/lib/site-search/load-searcher';
import { EMPTY_STATE, searchStateQuery } from './url-state';
import { useImeGuard } from './useImeGuard';

const SUGGESTIONS = 5;

const noResults = (response: SearchResponse): string => (response.nothingToSearch ? '没有可以搜索的文字' : '没有找到结果');

const searchPage = (query: string) => `${routes.search()}${searchStateQuery({ ...EMPTY_STATE, q: query })}`;

interface Options {
  /** Takes the reader to a result or the search page. */
  navigate: (url: string) => void;
  /** Escape with nothing left to close or clear (the phone's box closes then). */
  onEscapeEmpty: () => void;
}

/**
 * The state of the header's suggestions: the query, the answer to its latest keystroke (late
 * answers to earlier ones are dropped), whether the list is open and which option is active,
 * and the keys that move through it. The last option always leads to the full results page,
 * so an open list is never empty.
 */
export function useSearchSuggestions({ navigate, onEscapeEmpty }: Options) {
  const [value, setValue] = useState('');
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const ticket = useRef(0);

  const lookUp = (query: string) => {
    const mine = ++ticket.current;
    if (query.trim() === '') {
      setResponse(null);
      setOpen(false);
      return;
    }
    loadSiteSearcher()
      .then((engine) => engine.search(query, {}, SUGGESTIONS))
      .then(
        (answer) => {
          if (mine !== ticket.current) return; // a later keystroke already asked again
          setResponse(answer);
          setActive(-1);
          setOpen(true);
        },
        () => mine === ticket.current && setOpen(false),
      );
  };
  const ime = useImeGuard(lookUp);

  const results = open && response ? response.results : [];
  const optionCount = open && response ? results.length + 1 : 0;

  const go = (url: string) => {
    // The box is done once it has taken the reader somewhere; the search page shows the query itself.
    ticket.current++;
    setValue('');
    setResponse(null);
    setOpen(false);
    setActive(-1);
    navigate(url);
  };
  const choose = (index: number) => {
    const result = results[index];
    go(result ? result.url : searchPage(value));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || ime.isComposing()) return;
    if (event.key === 'ArrowDown' && optionCount > 0) {
      event.preventDefault();
      setActive((a) => (a + 1) % optionCount);
    } else if (event.key === 'ArrowUp' && optionCount > 0) {
      event.preventDefault();
      setActive((a) => (a <= 0 ? optionCount - 1 : a - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0 && active < optionCount) choose(active);
      else if (value.trim() !== '') go(searchPage(value));
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else if (value !== '') setValue('');
      else onEscapeEmpty();
    }
  };

  const status = !open || !response ? '' : response.total > 0 ? `${response.total} 条结果，按上下键选择` : noResults(response);

  return {
    value,
    response,
    results,
    optionCount,
    active,
    status,
    choose,
    onKeyDown,
    compositionHandlers: ime.compositionHandlers,
    onChange: (text: string) => {
      setValue(text);
      ime.settle(text);
    },
    onFocus: () => {
      // First focus starts loading the index (the manifest; shards follow the first query).
      loadSiteSearcher()
        .then((engine) => engine.manifest())
        .catch(() => undefined);
      if (response && value.trim() !== '') setOpen(true);
    },
    onBlur: () => setOpen(false),
  };
}
