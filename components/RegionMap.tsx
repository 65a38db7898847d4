import { Link } from '@/components/Link';
import { routes } from '@/lib/routes';
import { GRID, REGIONS } from '@/lib/taxonomy/regions';

/** Shade 0 for none, then 1–3 by share of the busiest division: four steps read better than a gradient. */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(3, Math.max(1, Math.ceil((count / max) * 3))) as 1 | 2 | 3;
}

/**
 * A tile-grid map of China: one square per provincial-level division in its rough place,
 * shaded by how many entries name it, each linking to its page. No map data: the layout
 * is the row and column in lib/taxonomy/regions.ts. The table beside it says the same in text.
 */
export function RegionMap({ counts }: { counts: ReadonlyMap<string, number> }) {
  const max = Math.max(0, ...counts.values());
  const listed = REGIONS.filter((r) => (counts.get(r.slug) ?? 0) > 0).sort((a, b) => (counts.get(b.slug) ?? 0) - (counts.get(a.slug) ?? 0));
  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <figure>
        <ul
          aria-label="地区分布图"
          className="region-grid"
          style={{ gridTemplateColumns: `repeat(${GRID.cols}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${GRID.rows}, auto)` }}
        >
          {REGIONS.map((region) => {
            const count = counts.get(region.slug) ?? 0;
            const level = heatLevel(count, max);
            return (
              <li
                key={region.slug}
                className="region-tile"
                data-level={level}
                style={{ gridRow: region.row + 1, gridColumn: region.col + 1 }}
              >
                {count > 0 ? (
                  <Link href={routes.region(region.slug)}>
                    {region.name}
                    <span className="sr-only">：</span>
                    <span className="region-count">{count}</span>
                    <span className="sr-only">条</span>
                  </Link>
                ) : (
                  <span>{region.name}</span>
                )}
              </li>
            );
          })}
        </ul>
        <figcaption className="mt-2 text-sm text-muted">
          方块按大致地理位置排列，颜色越深，提到该地的条目越多；灰白方块暂无条目。
        </figcaption>
      </figure>
      <table className="region-table self-start text-sm">
        <caption className="mb-2 text-left font-bold">各地条目数</caption>
        <thead>
          <tr>
            <th scope="col">地区</th>
            <th scope="col">条目</th>
          </tr>
        </thead>
        <tbody>
          {listed.map((region) => (
            <tr key={region.slug}>
              <th scope="row">
                <Link href={routes.region(region.slug)}>{region.fullName}</Link>
              </th>
              <td>{counts.get(region.slug)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2} className="text-muted">
              其余 {REGIONS.length - listed.length} 个省级行政区暂无条目。
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
