import type { ReactNode } from 'react';

/**
 * A chart as the 统计 page shows it: the picture, its caption, and its data as a table
 * below, so it reads without colour and without sight. A long table starts folded.
 */
export function ChartFigure({
  id,
  title,
  caption,
  chart,
  table,
  rows,
}: {
  id: string;
  title: string;
  caption: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  /** Rows in the table: past FOLDED_AFTER the table starts closed. */
  rows: number;
}) {
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      <figure className="chart-figure">
        {chart}
        <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption>
      </figure>
      <details className="chart-data mt-3" open={rows <= FOLDED_AFTER}>
        <summary className="text-sm">数据表（{rows} 行）</summary>
        <div className="chart-table">{table}</div>
      </details>
    </section>
  );
}

/** Tables up to this many rows are shown open. */
export const FOLDED_AFTER = 20;
