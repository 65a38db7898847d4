import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { ReactNode } from 'react';
import { Link } from '@/components/Link';
import type { RankedTerm } from '@/lib/stats/archive-stats';
import { ChartFigure } from './ChartFigure';
import { ChartTable } from './ChartTable';

/**
 * Terms ranked by how often the archive cites them: each row the term's name (linking to
 * its page, wrapping as long titles must), a bar drawn to a d3 scale, and the count in
 * words. The names stay HTML so they wrap on a phone; only the bars are SVG.
 */
export function RankedBars({
  id,
  title,
  caption,
  terms,
  href,
  value,
  columns,
}: {
  id: string;
  title: string;
  caption: ReactNode;
  terms: readonly RankedTerm[];
  href: (slug: string) => string;
  /** The count as the row says it: `12 条`. */
  value: (term: RankedTerm) => string;
  /** Table columns after the name: heading and cell. */
  columns: readonly { heading: string; cell: (term: RankedTerm) => string | number }[];
}) {
  const x = scaleLinear()
    .domain([0, max(terms, (term) => term.count) ?? 0])
    .range([0, 100]);
  return (
    <ChartFigure
      id={id}
      title={title}
      caption={caption}
      rows={terms.length}
      chart={
        <ol className="ranked-bars">
          {terms.map((term) => (
            <li key={term.slug}>
              <Link href={href(term.slug)} className="ranked-name">
                {term.name}
              </Link>
              <span className="ranked-bar">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                  <rect className="series-rank" width={x(term.count)} height="10" />
                </svg>
                <span className="ranked-value">{value(term)}</span>
              </span>
            </li>
          ))}
        </ol>
      }
      table={
        <ChartTable
          head={['名称', ...columns.map((column) => column.heading)]}
          rows={terms.map((term) => ({
            key: term.slug,
            label: term.name,
            href: href(term.slug),
            cells: columns.map((column) => column.cell(term)),
          }))}
        />
      }
    />
  );
}
