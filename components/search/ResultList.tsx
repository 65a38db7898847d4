import type { SearchResult } from '@/lib/search/types';
import { ResultItem } from './ResultItem';

/** The results, numbered from `first` so page 2 continues where page 1 stopped. */
export function ResultList({ results, first, busy }: { results: readonly SearchResult[]; first: number; busy: boolean }) {
  return (
    <ol aria-label="搜索结果" aria-busy={busy} start={first} className="space-y-3">
      {results.map((result) => (
        <ResultItem key={result.id} result={result} />
      ))}
    </ol>
  );
}
