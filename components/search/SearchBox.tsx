'use client';

import type { FormEvent, KeyboardEvent } from 'react';
import { useImeGuard } from './useImeGuard';

interface SearchBoxProps {
  value: string;
  /** Every edit, including mid-composition ones: the box shows what is typed. */
  onDraft: (value: string) => void;
  /** A settled edit (not mid-composition): search as you type. */
  onType: (value: string) => void;
  /** Enter or the button. */
  onSubmit: (value: string) => void;
}

/**
 * The query box of the search page. Without JavaScript (the static HTML before
 * hydration) it is a plain GET form that reloads the page with ?q=….
 */
export function SearchBox({ value, onDraft, onType, onSubmit }: Partial<SearchBoxProps>) {
  const ime = useImeGuard((settled) => onType?.(settled));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!onSubmit) return;
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget).get('q')?.toString() ?? '');
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter that confirms an IME candidate must not also submit the half-made query.
    if (event.key === 'Enter' && (event.nativeEvent.isComposing || ime.isComposing())) event.preventDefault();
  };
  return (
    <search aria-label="搜索文章" className="mb-4 block">
      <form method="get" onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 basis-48 flex-col">
          <label htmlFor="search-q" className="text-sm text-muted">
            关键词
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            autoComplete="off"
            enterKeyHint="search"
            spellCheck={false}
            value={value}
            onChange={(event) => {
              onDraft?.(event.target.value);
              ime.settle(event.target.value);
            }}
            onKeyDown={keyDown}
            {...ime.compositionHandlers}
            className="w-full rounded border border-line bg-surface px-3 py-2 text-base text-fg"
          />
        </div>
        <button type="submit" className="rounded border border-accent bg-accent px-4 py-2 font-bold text-bg">
          搜索
        </button>
      </form>
    </search>
  );
}
