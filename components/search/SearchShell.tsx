'use client';

import { FilterBar } from './FilterBar';
import { SearchBox } from './SearchBox';

/**
 * The search page as exported, before the browser reads ?q= from the URL: the box (a
 * plain GET form) and the filters, laid out as the live page lays them, so hydration
 * shifts nothing and the first paint does not wait for the index.
 */
export function SearchShell({ years }: { years: readonly number[] }) {
  return (
    <>
      <SearchBox />
      <FilterBar filters={{}} years={years} onChange={() => {}} onClear={() => {}} />
    </>
  );
}
