import { Link } from '@/components/Link';

export interface ChartTableRow {
  key: string;
  /** The row's name, linking to the page it counts. */
  label: string;
  href: string;
  cells: readonly (string | number)[];
}

/** A chart's data as a table: one row per bar or row of the chart, its name linking to the page it counts. */
export function ChartTable({ head, rows }: { head: readonly string[]; rows: readonly ChartTableRow[] }) {
  return (
    <table className="data-table text-sm">
      <thead>
        <tr>
          {head.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <Link href={row.href}>{row.label}</Link>
            </th>
            {row.cells.map((cell, index) => (
              // A cell's place is its column: the columns never reorder.
              <td key={head[index + 1] ?? index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
