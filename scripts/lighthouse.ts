/**
 * Lighthouse on the export: serves out/ with scripts/serve.ts (compression and cache headers
 * as a real host sends them) and runs Lighthouse's mobile preset (simulated throttling) on one
 * page of each template, with a fresh Chromium each run. Two uses:
 *
 *   npm run test:lighthouse      the test: best practices and SEO = 1, one run per page (not
 *                                timings, so one run is the answer); fails with the audits
 *                                that cost a point. Accessibility is axe's, in the browser tests.
 *   npm run bench:lighthouse     the bench: every category with performance, median of 3 runs
 *                                (--runs N), table in bench/RESULTS.md with the speed targets
 *                                (performance ≥ 0.95, search LCP ≤ 2.5 s) marked ✓ or ✗; never fails
 *   … -- --multiplier 2          another CPU slowdown than the default 4×
 *
 * Settings: CHROMIUM_PATH (default /usr/bin/chromium when present), LIGHTHOUSE_PORT (3220),
 * OUT_DIR (out). The median, not the best run: one slow run on a busy machine must not set the
 * figure, and one lucky run must not either.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import lighthousePackage from 'lighthouse/package.json' with { type: 'json' };
import { markdownTable, writeResultsSection } from '../bench/results-file';
import { sitemapPaths } from '../lib/checks/built-site';
import { chromiumPath } from '../lib/checks/chromium';

const { values: options } = parseArgs({
  options: {
    bench: { type: 'boolean', default: false },
    runs: { type: 'string' },
    multiplier: { type: 'string' },
  },
});
/** The bench measures timings, which vary run to run; the test asserts what does not. */
const bench = options.bench;
const runs = Number(options.runs ?? (bench ? 3 : 1));
/** `--multiplier 2`: another CPU slowdown than Lighthouse's default 4×, to explore. */
const fixedMultiplier = options.multiplier === undefined ? undefined : Number(options.multiplier);
const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3220);
const browserPath = chromiumPath();

/**
 * On a shared machine other processes take the CPU in the middle of the page's tasks, and
 * Lighthouse counts that time as the page's. Where we may (as root, as CI runs here), the
 * browser runs at a higher priority, through a wrapper chrome-launcher can start.
 */
function prioritizedBrowser(): string | undefined {
  if (!browserPath || process.getuid?.() !== 0) return browserPath;
  const wrapper = path.join(mkdtempSync(path.join(tmpdir(), 'lighthouse-browser-')), 'chromium');
  writeFileSync(wrapper, `#!/bin/sh\nexec nice -n -15 ${JSON.stringify(browserPath)} "$@"\n`, { mode: 0o755 });
  return wrapper;
}
const chromePath = prioritizedBrowser();
const lighthouseVersion = lighthousePackage.version;
const origin = `http://localhost:${port}`;

/** What each category must score, mobile preset, each page template: performance is the bench's target, the rest the test's. */
const BUDGET = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 } as const;
/** The search page's Largest Contentful Paint, milliseconds: its heading and box are in the HTML, not waiting for the index. */
const LCP_BUDGET_MS = 2500;
type Category = keyof typeof BUDGET;
/** The test asserts what only Lighthouse sees and what does not vary run to run; the bench measures everything. */
const CATEGORIES: Category[] = bench ? ['performance', 'accessibility', 'best-practices', 'seo'] : ['best-practices', 'seo'];
/** Lighthouse's mobile preset network and CPU settings, which --multiplier changes only the CPU of. */
const MOBILE_THROTTLING = throttling.mobileSlow4G;

/** One page per template that the budgets name, found in the export's sitemap so content changes do not break it. */
function pagesToMeasure(): { name: string; path: string }[] {
  const sitemap = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
  const siteOrigin = sitemap.match(/<loc>(https?:\/\/[^<]*?)\/<\/loc>/)?.[1] ?? '';
  const paths = sitemapPaths(sitemap, siteOrigin);
  const find = (name: string, pattern: RegExp) => {
    const found = paths.find((p) => pattern.test(p));
    if (!found) throw new Error(`no ${name} page in the sitemap (${pattern})`);
    return found;
  };
  return [
    { name: 'home', path: '/' },
    { name: 'issue', path: find('issue', /^\/bulletins\/[^/]+\/$/) },
    { name: 'item', path: find('item', /^\/bulletins\/[^/]+\/[^/]+\/$/) },
    { name: 'search', path: `/search/?q=${encodeURIComponent('数字乡村')}` },
    { name: 'regions', path: find('regions', /^\/regions\/$/) },
  ];
}

interface Run {
  scores: Record<Category, number>;
  lcp: number;
  /** Total Blocking Time, ms, and Cumulative Layout Shift: with LCP, what moves the performance score most. */
  tbt: number;
  cls: number;
  benchmarkIndex: number;
  multiplier: number;
  failedAudits: string[];
}

async function measure(url: string): Promise<Run> {
  const chrome = await launch({
    chromePath,
    // --disable-gpu reports the first paint about a second after the frame is drawn, which the
    // simulated LCP then counts against the page; without it the software GPU process takes the
    // page's CPU on 2 cores. The README's Budgets note has the measurements.
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      ...(fixedMultiplier === undefined ? {} : { throttling: { ...MOBILE_THROTTLING, cpuSlowdownMultiplier: fixedMultiplier } }),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? Number.NaN])) as Record<Category, number>;
    // Audits that cost a point outside performance, so a failed budget says why.
    const failedAudits = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${ref.id}`),
    );
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      scores,
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      multiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier ?? Number.NaN,
      failedAudits,
    };
  } finally {
    chrome.kill();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'serve.ts')], {
    env: { ...process.env, PORT: String(port), OUT_DIR: outDir, BASE_PATH: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`scripts/serve.ts did not answer on ${origin}`);
}

const server = await startServer();
const problems: string[] = [];
const targets: string[] = [];
const rows: string[][] = [];
try {
  for (const page of pagesToMeasure()) {
    const results: Run[] = [];
    for (let run = 0; run < runs; run += 1) results.push(await measure(`${origin}${page.path}`));
    const score = (c: Category) => median(results.map((r) => r.scores[c]));
    const scores = CATEGORIES.map((c) => score(c).toFixed(2));
    if (bench) {
      const lcp = median(results.map((r) => r.lcp));
      const performanceRuns = results.map((r) => r.scores.performance.toFixed(2)).join(' ');
      scores[0] = `${scores[0]} (${performanceRuns})`;
      const tbt = Math.round(median(results.map((r) => r.tbt)));
      const cls = median(results.map((r) => r.cls)).toFixed(3);
      const benchmark = `${Math.round(median(results.map((r) => r.benchmarkIndex)))} / ${median(results.map((r) => r.multiplier)).toFixed(2)}×`;
      rows.push([page.name, ...scores, `${(lcp / 1000).toFixed(1)} s`, `${tbt} ms`, cls, benchmark]);
      const mark = (ok: boolean) => (ok ? '✓' : '✗');
      targets.push(
        `- ${mark(score('performance') >= BUDGET.performance)} ${page.name}: performance ${score('performance').toFixed(2)} (target ≥ ${BUDGET.performance})`,
      );
      if (page.name === 'search')
        targets.push(`- ${mark(lcp <= LCP_BUDGET_MS)} search: LCP ${(lcp / 1000).toFixed(1)} s (target ≤ ${LCP_BUDGET_MS / 1000} s)`);
    } else rows.push([page.name, ...scores]);
    for (const category of CATEGORIES) {
      if (category === 'performance' || score(category) >= BUDGET[category]) continue;
      const why = [...new Set(results.flatMap((r) => r.failedAudits).filter((a) => a.startsWith(`${category}:`)))];
      problems.push(
        `${page.path}: ${category} ${score(category).toFixed(2)} < ${BUDGET[category]}${why.length ? ` (${why.join(', ')})` : ''}`,
      );
    }
  }
} finally {
  server.kill();
}

const NAMES: Record<Category, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};
const head = ['page', ...CATEGORIES.map((c) => NAMES[c]), ...(bench ? ['LCP', 'TBT', 'CLS', 'host BenchmarkIndex / CPU multiplier'] : [])];
const table = markdownTable([head, ...rows]);
const cpu = `CPU ${fixedMultiplier ?? MOBILE_THROTTLING.cpuSlowdownMultiplier}× slower than this host`;
if (bench) {
  const section = [
    '## Lighthouse: `npm run bench:lighthouse`',
    '',
    `Lighthouse ${lighthouseVersion}, mobile preset (simulated throttling, ${cpu}) on \`out/\` served by \`scripts/serve.ts\`; median of ${runs} run(s) per page, each run's performance in brackets. ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. The host's BenchmarkIndex says how fast the machine was.`,
    '',
    table,
    '',
    ...targets,
  ].join('\n');
  writeResultsSection('lighthouse', section);
  console.log(`${section}\n\n(written to bench/RESULTS.md)`);
} else {
  console.log(`Lighthouse ${runs} run(s) per page, mobile preset: ${CATEGORIES.map((c) => NAMES[c]).join(', ')} must be 1\n`);
  console.log(table);
}
for (const problem of problems) console.error(problem);
if (!bench && problems.length > 0) process.exit(1);
