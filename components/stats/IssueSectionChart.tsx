import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { SECTIONS } from '@/lib/content/sections';
import { routes } from '@/lib/routes';
import { withBasePath } from '@/lib/settings';
import type { IssueCounts } from '@/lib/stats/archive-stats';
import { ChartFigure } from './ChartFigure';
import { ChartLegend } from './ChartLegend';
import { ChartTable } from './ChartTable';

const WIDTH = 480;
const HEIGHT = 220;
const MARGIN = { top: 10, right: 8, bottom: 26, left: 30 };
/** The widest an issue's column gets (with its gap): one issue is a bar, not the whole plot. */
const MAX_STEP = 48;
/** At most this many x-axis labels: one per issue while they fit, else one per year. */
const MAX_LABELS = 10;

function issueTitle(issue: IssueCounts): string {
  const parts = SECTIONS.map((section) => `${section.name} ${issue.bySection[section.slug]} 条`);
  return `${issue.label}：${parts.join('，')}，共 ${issue.total} 条`;
}

/** Which issues get an x-axis label: each while they fit, else each year's first, thinned to fit. */
function labelledIssues(issues: readonly IssueCounts[]): { issue: IssueCounts; text: string }[] {
  if (issues.length <= MAX_LABELS) return issues.map((issue) => ({ issue, text: issue.issueId }));
  const firsts = issues.filter((issue, index) => issues[index - 1]?.year !== issue.year);
  const step = Math.ceil(firsts.length / MAX_LABELS);
  return firsts.filter((_, index) => index % step === 0).map((issue) => ({ issue, text: String(issue.year) }));
}

/**
 * Items per issue, stacked by section: one column per issue, oldest on the left. The
 * columns link to their issue for the mouse; keyboard and screen readers get the same
 * links in the table, one stop per issue rather than hundreds in the picture.
 */
export function IssueSectionChart({ issues }: { issues: readonly IssueCounts[] }) {
  const x = scaleBand<string>()
    .domain(issues.map((issue) => issue.issueId))
    .range([MARGIN.left, Math.min(WIDTH - MARGIN.right, MARGIN.left + issues.length * MAX_STEP)])
    .paddingInner(issues.length > 60 ? 0 : 0.2)
    .paddingOuter(0.1);
  const y = scaleLinear()
    .domain([0, max(issues, (issue) => issue.total) ?? 0])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const series = stack<IssueCounts>()
    .keys(SECTIONS.map((section) => section.slug))
    .value((issue, key) => issue.bySection[key] ?? 0)([...issues]);
  return (
    <ChartFigure
      id="chart-issues"
      title="每期条目数"
      rows={issues.length}
      caption={
        <>
          每期的条目数，按栏目分色堆叠，从左到右由早到晚。
          <ChartLegend entries={SECTIONS.map((section) => ({ key: section.slug, label: section.name }))} />
        </>
      }
      chart={
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart" shapeRendering="crispEdges" aria-hidden="true">
          {y.ticks(5).map((tick) => (
            <g key={tick} className="chart-grid">
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 4} y={y(tick)} dy="0.32em" textAnchor="end">
                {tick}
              </text>
            </g>
          ))}
          {issues.map((issue, index) => (
            <a key={issue.issueId} href={withBasePath(routes.bulletin(issue.issueId))} tabIndex={-1} className="chart-mark">
              <title>{issueTitle(issue)}</title>
              {series.map((layer) => {
                const [low, high] = layer[index] ?? [0, 0];
                return high > low ? (
                  <rect
                    key={layer.key}
                    className={`series-${layer.key}`}
                    x={x(issue.issueId)}
                    width={x.bandwidth()}
                    y={y(high)}
                    height={y(low) - y(high)}
                  />
                ) : null;
              })}
            </a>
          ))}
          <line className="chart-axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
          {labelledIssues(issues).map(({ issue, text }) => (
            <text
              key={issue.issueId}
              className="chart-label"
              x={(x(issue.issueId) ?? 0) + x.bandwidth() / 2}
              y={HEIGHT - MARGIN.bottom + 16}
              textAnchor="middle"
            >
              {text}
            </text>
          ))}
        </svg>
      }
      table={
        <ChartTable
          head={['期次', ...SECTIONS.map((section) => section.name), '合计']}
          rows={issues.map((issue) => ({
            key: issue.issueId,
            label: issue.label,
            href: routes.bulletin(issue.issueId),
            cells: [...SECTIONS.map((section) => issue.bySection[section.slug] ?? 0), issue.total],
          }))}
        />
      }
    />
  );
}
