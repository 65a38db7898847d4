import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { ReactNode } from 'react';
import { Link } from '@/components/Link';
import type { RankedTerm } from '@/lib/stats/archive-stats';
import { ChartFigure } from './ChartFigure';

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
  columns: readonly { heading: string; cell: (term: RankedTerm) => ReactNode }[];
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
        <table className="data-table text-sm">
          <thead>
            <tr>
              <th scope="col">名称</th>
              {columns.map((column) => (
                <th key={column.heading} scope="col">
                  {column.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.slug}>
                <th scope="row">
                  <Link href={href(term.slug)}>{term.name}</Link>
                </th>
                {columns.map((column) => (
                  <td key={column.heading}>{column.cell(term)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
