'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link } from '@/components/Link';
import { routes } from '@/lib/routes';
import { SuggestionList } from './SuggestionList';
import { isSearchShortcut } from './shortcut';
import { useSearchSuggestions } from './useSearchSuggestions';

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
  /** The box is open on a phone (from 640 px it is always shown). */
  const [expanded, setExpanded] = useState(false);
  // Announced only once the listener exists: before hydration the keys do nothing.
  const [shortcuts, setShortcuts] = useState(false);
  const suggestions = useSearchSuggestions({
    navigate: (url) => {
      setExpanded(false);
      router.push(url);
    },
    onEscapeEmpty: () => {
      if (!expanded) return;
      setExpanded(false);
      toggle.current?.focus();
    },
  });

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

  const { optionCount, active } = suggestions;
  const optionId = (index: number) => `${id}-option-${index}`;
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
              value={suggestions.value}
              onChange={(event) => suggestions.onChange(event.target.value)}
              onFocus={suggestions.onFocus}
              onBlur={suggestions.onBlur}
              onKeyDown={suggestions.onKeyDown}
              {...suggestions.compositionHandlers}
              className="w-full rounded border border-line bg-bg px-2 py-1 text-fg"
            />
          </search>
          <SuggestionList
            id={listboxId}
            optionId={optionId}
            results={suggestions.results}
            optionCount={optionCount}
            active={active}
            response={suggestions.response}
            query={suggestions.value}
            onChoose={suggestions.choose}
          />
          <p role="status" className="sr-only">
            {suggestions.status}
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
