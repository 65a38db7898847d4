'use client';

import { useRouter } from 'next/navigation';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link } from '@/components/Link';
import { routes } from '@/lib/routes';
import type { SearchResponse } from '@/lib/search/types';
import { loadSiteSearcher } from '@/lib/site-search/load-searcher';
import { Highlight } from './search/Highlight';
import { resultContext } from './search/labels';
import { isSearchShortcut } from './search/shortcut';
import { EMPTY_STATE, searchStateQuery } from './search/url-state';
import { useImeGuard } from './search/useImeGuard';

const SUGGESTIONS = 5;

const noResults = (response: SearchResponse): string => (response.nothingToSearch ? '没有可以搜索的文字' : '没有找到结果');

/**
 * The search box on every page (an ARIA combobox): results appear as you type,
 * arrows pick one, Enter opens it or, with none picked, the full search page.
 * `/` and Ctrl+K / ⌘K focus it. The index is fetched on first focus, never on
 * page load, so reading an item costs no search bytes.
 *
 * On a phone the box waits behind a search button, below the header bar when open
 * (the shortcuts open it too); without JavaScript that button is a link to the search page.
 */
export function HeaderSearch() {
  const router = useRouter();
  const id = useId();
  const listboxId = `${id}-listbox`;
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const [value, setValue] = useState('');
  /** The box is open on a phone (from 640 px it is always shown). */
  const [expanded, setExpanded] = useState(false);
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const ticket = useRef(0);
  // Announced only once the listener exists: before hydration the keys do nothing.
  const [shortcuts, setShortcuts] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      // The box must be displayed before it can take focus.
      flushSync(() => setExpanded(true));
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    setShortcuts(true);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

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
  // The last option always leads to the full results page, so an open list is never empty.
  const optionCount = open && response ? results.length + 1 : 0;
  const optionId = (index: number) => `${id}-option-${index}`;
  const searchPage = (query: string) => `${routes.search()}${searchStateQuery({ ...EMPTY_STATE, q: query })}`;

  const go = (url: string) => {
    // The box is done once it has taken the reader somewhere; the search page shows the query itself.
    ticket.current++;
    setValue('');
    setResponse(null);
    setOpen(false);
    setActive(-1);
    setExpanded(false);
    router.push(url);
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
      else if (expanded) {
        setExpanded(false);
        toggle.current?.focus();
      }
    }
  };

  const status = !open || !response ? '' : response.total > 0 ? `${response.total} 条结果，按上下键选择` : noResults(response);

  const boxId = `${id}-box`;
  return (
    <>
      <button
        ref={toggle}
        type="button"
        aria-label="搜索"
        aria-expanded={expanded}
        aria-controls={boxId}
        onClick={() => {
          if (expanded) {
            setExpanded(false);
            return;
          }
          flushSync(() => setExpanded(true));
          input.current?.focus();
        }}
        className="js-only inline-flex h-9 min-w-9 items-center justify-center rounded border border-line sm:hidden"
      >
        <SearchIcon />
      </button>
      <Link
        href={routes.search()}
        aria-label="搜索"
        className="no-js-only inline-flex h-9 min-w-9 items-center justify-center rounded border border-line text-fg sm:hidden"
      >
        <SearchIcon />
      </Link>
      <div
        id={boxId}
        className={`${expanded ? 'absolute inset-x-0 top-full z-40 border-b border-line bg-surface px-4 py-2' : 'hidden'} sm:static sm:block sm:w-44 sm:border-0 sm:bg-transparent sm:p-0 md:w-60`}
      >
        <div className="relative">
          <search aria-label="全站搜索">
            <label htmlFor={`${id}-input`} className="sr-only">
              搜索全站（快捷键 / 或 Ctrl+K）
            </label>
            <input
              ref={input}
              id={`${id}-input`}
              type="search"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={optionCount > 0}
              aria-controls={listboxId}
              aria-activedescendant={active >= 0 && active < optionCount ? optionId(active) : undefined}
              aria-keyshortcuts={shortcuts ? '/ Control+K Meta+K' : undefined}
              autoComplete="off"
              enterKeyHint="search"
              spellCheck={false}
              placeholder="搜索　/"
              value={value}
              onChange={(event) => {
                setValue(event.target.value);
                ime.settle(event.target.value);
              }}
              onFocus={() => {
                // First focus starts loading the index (the manifest; shards follow the first query).
                loadSiteSearcher()
                  .then((engine) => engine.manifest())
                  .catch(() => undefined);
                if (response && value.trim() !== '') setOpen(true);
              }}
              onBlur={() => setOpen(false)}
              onKeyDown={onKeyDown}
              {...ime.compositionHandlers}
              className="w-full rounded border border-line bg-bg px-2 py-1 text-fg"
            />
          </search>
          <div
            hidden={optionCount === 0}
            className="absolute right-0 top-full z-50 mt-1 max-h-[70vh] w-[min(28rem,calc(100vw-2rem))] overflow-y-auto rounded border border-line bg-surface shadow-lg"
          >
            <div
              role="listbox"
              id={listboxId}
              aria-label="搜索建议"
              // Keep focus in the box while the pointer picks an option.
              onMouseDown={(event) => event.preventDefault()}
            >
              {results.map((result, index) => (
                // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled on the combobox input (aria-activedescendant)
                <div
                  key={result.id}
                  tabIndex={-1}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  onClick={() => choose(index)}
                  className={`cursor-pointer border-b border-line px-3 py-2 ${index === active ? 'bg-bg outline outline-2 outline-accent' : ''}`}
                >
                  <span className="block font-bold leading-snug">
                    <Highlight segments={result.titleHighlight.segments} />
                  </span>
                  <span className="block text-sm text-muted">{resultContext(result).join(' · ')}</span>
                </div>
              ))}
              {optionCount > 0 && (
                // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled on the combobox input (aria-activedescendant)
                <div
                  id={optionId(results.length)}
                  tabIndex={-1}
                  role="option"
                  aria-selected={active === results.length}
                  onClick={() => choose(results.length)}
                  className={`cursor-pointer px-3 py-2 text-accent ${active === results.length ? 'bg-bg outline outline-2 outline-accent' : ''}`}
                >
                  {response && response.total > 0
                    ? `查看全部 ${response.total} 条结果`
                    : response?.nothingToSearch
                      ? `“${value.trim()}”中没有可以搜索的文字`
                      : `没有找到“${value.trim()}”，到搜索页看看建议`}
                </div>
              )}
            </div>
          </div>
          <p role="status" className="sr-only">
            {status}
          </p>
        </div>
      </div>
    </>
  );
}

function SearchIcon() {
  return (
    <svg
      aria-hidden="true"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
    >
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.5 15.5 21 21" />
    </svg>
  );
}
