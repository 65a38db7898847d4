import { max } from 'd3-array';
import { scaleBand, scaleQuantize } from 'd3-scale';
import { routes } from '@/lib/routes';
import { withBasePath } from '@/lib/settings';
import type { RegionYears } from '@/lib/stats/archive-stats';
import { ChartFigure } from './ChartFigure';
import { ChartTable } from './ChartTable';

const WIDTH = 480;
const ROW = 16;
const MARGIN = { top: 22, right: 4, bottom: 4, left: 52 };
/** At most this many year labels above the columns. */
const MAX_LABELS = 12;

/**
 * Regions over time: one row per province the items name, one column per year, each cell
 * shaded in the region map's four steps by how many items name it that year. Row names
 * link to the region's page; a cell's count shows on hover, and in the table.
 */
export function RegionYearChart({ regions, years }: { regions: readonly RegionYears[]; years: readonly number[] }) {
  const height = MARGIN.top + regions.length * ROW + MARGIN.bottom;
  const x = scaleBand<number>()
    .domain(years)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.08);
  const y = scaleBand<string>()
    .domain(regions.map((region) => region.slug))
    .range([MARGIN.top, height - MARGIN.bottom])
    .padding(0.08);
  const peak = max(regions, (region) => max(region.byYear.values())) ?? 0;
  // Shades 1–3 split the counts evenly; 0 stays for none, as on the region map.
  const level = scaleQuantize<number>().domain([0, peak]).range([1, 2, 3]);
  const step = Math.ceil(years.length / MAX_LABELS);
  return (
    <ChartFigure
      id="chart-regions"
      title="各地逐年条目数"
      rows={regions.length}
      caption="每行一个省级行政区，每列一年；颜色越深，当年提到该地的条目越多，空白为当年没有。点击地名查看该地全部条目。"
      chart={
        <svg viewBox={`0 0 ${WIDTH} ${height}`} className="chart">
          <title>各地逐年条目数</title>
          {years
            .filter((_, index) => index % step === 0)
            .map((year) => (
              <text key={year} className="chart-label" x={(x(year) ?? 0) + x.bandwidth() / 2} y={MARGIN.top - 8} textAnchor="middle">
                {year}
              </text>
            ))}
          {regions.map((region) => (
            <g key={region.slug}>
              <a href={withBasePath(routes.region(region.slug))} className="chart-mark">
                <title>{`${region.fullName}：共 ${region.total} 条`}</title>
                <text x={MARGIN.left - 6} y={(y(region.slug) ?? 0) + y.bandwidth() / 2} dy="0.32em" textAnchor="end">
                  {region.name}
                </text>
              </a>
              {years.map((year) => {
                const count = region.byYear.get(year) ?? 0;
                return (
                  <rect
                    key={year}
                    className="heat-cell"
                    data-level={count > 0 ? level(count) : 0}
                    x={x(year)}
                    y={y(region.slug)}
                    width={x.bandwidth()}
                    height={y.bandwidth()}
                  >
                    <title>{`${region.name} ${year}年：${count} 条`}</title>
                  </rect>
                );
              })}
            </g>
          ))}
        </svg>
      }
      table={
        <ChartTable
          head={['地区', ...years.map(String), '合计']}
          rows={regions.map((region) => ({
            key: region.slug,
            label: region.fullName,
            href: routes.region(region.slug),
            cells: [...years.map((year) => region.byYear.get(year) ?? 0), region.total],
          }))}
        />
      }
    />
  );
}
