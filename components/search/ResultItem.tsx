import { Link } from '@/components/Link';
import type { SearchResult } from '@/lib/search/types';
import { Highlight } from './Highlight';
import { resultContext } from './labels';

/** One hit: title linking to the permalink or question anchor, where it is from, and the matching passage. */
export function ResultItem({ result }: { result: SearchResult }) {
  const { snippet } = result;
  return (
    <li className="rounded border border-line bg-surface p-3">
      <h2 className="text-lg font-bold leading-snug">
        <Link href={result.url}>
          <Highlight segments={result.titleHighlight.segments} />
        </Link>
      </h2>
      <p className="text-sm text-muted">
        {resultContext(result).join(' · ')}
        {result.sourceHighlight && (
          <>
            {' · 来源：'}
            <Highlight segments={result.sourceHighlight.segments} />
          </>
        )}
        {result.tier === 2 && ' · 部分匹配'}
      </p>
      {/* Three lines at most: a phone shows more results at once, and no result outgrows the page's
          introduction, so the Largest Contentful Paint is painted from the HTML, not after the index loads. */}
      {snippet.text !== '' && (
        <p className="mt-1 line-clamp-3 text-fg">
          {snippet.clippedStart && '…'}
          <Highlight segments={snippet.segments} />
          {snippet.clippedEnd && '…'}
        </p>
      )}
    </li>
  );
}
