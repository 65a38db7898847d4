/**
 * npm run bench:lighthouse: Lighthouse's mobile preset (simulated throttling) on one page of
 * each template of the export (lib/checks/lighthouse.ts), every category with performance,
 * median of 3 runs; table in bench/RESULTS.md with the speed targets (performance ≥ 0.95,
 * search LCP ≤ 2.5 s) marked ✓ or ✗. Never fails. The median, not the best run: one slow run
 * on a busy machine must not set the figure, and one lucky run must not either.
 *
 *   … -- --runs N          another number of runs per page
 *   … -- --multiplier 2    another CPU slowdown than the default 4×
 *
 * Settings: CHROMIUM_PATH (default /usr/bin/chromium when present), LIGHTHOUSE_PORT (3220),
 * OUT_DIR (out).
 */
import os from 'node:os';
import lighthousePackage from 'lighthouse/package.json' with { type: 'json' };
import {
  BUDGET,
  budgetProblems,
  CATEGORY_NAMES,
  type Category,
  commandOptions,
  LCP_BUDGET_MS,
  MOBILE_THROTTLING,
  measureExport,
  median,
  medianScore,
} from '../lib/checks/lighthouse';
import { markdownTable } from '../lib/markdown-table';
import { writeResultsSection } from './results-file';

const options = commandOptions(process.argv.slice(2), process.env, 3);
/** The bench measures everything, timings included, which vary run to run. */
const CATEGORIES: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];

const pages = await measureExport({ ...options, categories: CATEGORIES });

const targets: string[] = [];
const rows = pages.map((page) => {
  const score = (c: Category) => medianScore(page.runs, c);
  const of = (metric: 'lcp' | 'tbt' | 'cls' | 'benchmarkIndex' | 'multiplier') => median(page.runs.map((r) => r[metric]));
  const lcp = of('lcp');
  const performanceRuns = page.runs.map((r) => r.scores.performance.toFixed(2)).join(' ');
  const scores = CATEGORIES.map((c) => score(c).toFixed(2));
  scores[0] = `${scores[0]} (${performanceRuns})`;
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  targets.push(
    `- ${mark(score('performance') >= BUDGET.performance)} ${page.name}: performance ${score('performance').toFixed(2)} (target ≥ ${BUDGET.performance})`,
  );
  if (page.name === 'search')
    targets.push(`- ${mark(lcp <= LCP_BUDGET_MS)} search: LCP ${(lcp / 1000).toFixed(1)} s (target ≤ ${LCP_BUDGET_MS / 1000} s)`);
  return [
    page.name,
    ...scores,
    `${(lcp / 1000).toFixed(1)} s`,
    `${Math.round(of('tbt'))} ms`,
    of('cls').toFixed(3),
    `${Math.round(of('benchmarkIndex'))} / ${of('multiplier').toFixed(2)}×`,
  ];
});

const head = ['page', ...CATEGORIES.map((c) => CATEGORY_NAMES[c]), 'LCP', 'TBT', 'CLS', 'host BenchmarkIndex / CPU multiplier'];
const cpu = `CPU ${options.multiplier ?? MOBILE_THROTTLING.cpuSlowdownMultiplier}× slower than this host`;
const section = [
  '## Lighthouse: `npm run bench:lighthouse`',
  '',
  `Lighthouse ${lighthousePackage.version}, mobile preset (simulated throttling, ${cpu}) on \`out/\` served by \`scripts/serve.ts\`; median of ${options.runs} run(s) per page, each run's performance in brackets. ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. The host's BenchmarkIndex says how fast the machine was.`,
  '',
  markdownTable([head, ...rows]),
  '',
  ...targets,
].join('\n');
writeResultsSection('lighthouse', section);
console.log(`${section}\n\n(written to bench/RESULTS.md)`);
for (const problem of pages.flatMap((page) => budgetProblems(page, CATEGORIES))) console.error(problem);
