/** What each colour of a chart stands for: a swatch in the series' class beside its name. */
export function ChartLegend({ entries }: { entries: readonly { key: string; label: string }[] }) {
  return (
    <ul className="chart-legend" aria-label="图例">
      {entries.map((entry) => (
        <li key={entry.key}>
          <svg viewBox="0 0 10 10" className="chart-swatch" aria-hidden="true">
            <rect className={`series-${entry.key}`} width="10" height="10" />
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
