/**
 * Lighthouse on the served export (npm run test:lighthouse, scripts/lighthouse.ts; npm run
 * bench:lighthouse, bench/lighthouse.ts): the budgets, the pages measured, one run in a fresh
 * Chromium, and the whole run: out/ served from a process of its own (compression and cache
 * headers as a real host sends them), each page measured `runs` times.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { sitemapPaths } from './built-site';
import { chromiumPath } from './chromium';
import { startStaticHostProcess } from './static-host';

/** What each category must score, mobile preset, each page template: performance is the bench's target, the rest the test's. */
export const BUDGET = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 } as const;
/** The search page's Largest Contentful Paint, milliseconds: its heading and box are in the HTML, not waiting for the index. */
export const LCP_BUDGET_MS = 2500;
export type Category = keyof typeof BUDGET;
/** Lighthouse's mobile preset network and CPU settings, which --multiplier changes only the CPU of. */
export const MOBILE_THROTTLING = throttling.mobileSlow4G;

export const CATEGORY_NAMES: Record<Category, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};

/** One page per template that the budgets name, found in the export's sitemap so content changes do not break it. */
export function pagesToMeasure(sitemap: string): { name: string; path: string }[] {
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

/** One Lighthouse run of one page. */
export interface LighthouseRun {
  scores: Record<Category, number>;
  lcp: number;
  /** Total Blocking Time, ms, and Cumulative Layout Shift: with LCP, what moves the performance score most. */
  tbt: number;
  cls: number;
  benchmarkIndex: number;
  multiplier: number;
  failedAudits: string[];
}

export interface MeasureOptions {
  /** The browser to start (a fresh one each run). */
  chromePath: string | undefined;
  categories: readonly Category[];
  /** Another CPU slowdown than the mobile preset's 4×. */
  multiplier?: number;
}

/** Runs Lighthouse once on `url` in a fresh Chromium. */
export async function measure(
  url: string,
  { chromePath, categories: CATEGORIES, multiplier: fixedMultiplier }: MeasureOptions,
): Promise<LighthouseRun> {
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
      onlyCategories: [...CATEGORIES],
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

/** The median, not the best run: one slow run on a busy machine must not set a figure, and one lucky run must not either. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median score of `category` over a page's runs. */
export function medianScore(runs: readonly LighthouseRun[], category: Category): number {
  return median(runs.map((r) => r.scores[category]));
}

/**
 * On a shared machine other processes take the CPU in the middle of the page's tasks, and
 * Lighthouse counts that time as the page's. Where we may (as root, as CI runs here), the
 * browser runs at a higher priority, through a wrapper chrome-launcher can start.
 */
function prioritizedBrowser(browserPath: string | undefined): string | undefined {
  if (!browserPath || process.getuid?.() !== 0) return browserPath;
  const wrapper = path.join(mkdtempSync(path.join(tmpdir(), 'lighthouse-browser-')), 'chromium');
  writeFileSync(wrapper, `#!/bin/sh\nexec nice -n -15 ${JSON.stringify(browserPath)} "$@"\n`, { mode: 0o755 });
  return wrapper;
}

/** One page's runs. */
export interface PageRuns {
  name: string;
  path: string;
  runs: LighthouseRun[];
}

export interface ExportRunOptions {
  /** The export, absolute. */
  outDir: string;
  port: number;
  runs: number;
  categories: readonly Category[];
  /** Another CPU slowdown than the mobile preset's 4×. */
  multiplier?: number;
}

/**
 * What a Lighthouse command is asked for by its arguments (`--runs N`, `--multiplier M`) and its
 * environment (OUT_DIR, default out/; LIGHTHOUSE_PORT, default 3220): all measureExport needs but the categories.
 */
export function commandOptions(
  args: string[],
  env: Record<string, string | undefined>,
  defaultRuns: number,
): Omit<ExportRunOptions, 'categories'> {
  const { values } = parseArgs({ args, options: { runs: { type: 'string' }, multiplier: { type: 'string' } } });
  return {
    outDir: path.resolve(env.OUT_DIR ?? 'out'),
    port: Number(env.LIGHTHOUSE_PORT ?? 3220),
    runs: Number(values.runs ?? defaultRuns),
    ...(values.multiplier === undefined ? {} : { multiplier: Number(values.multiplier) }),
  };
}

/** Serves `outDir` and runs Lighthouse `runs` times on each page of pagesToMeasure, each run in a fresh Chromium. */
export async function measureExport({ outDir, port, runs, categories, multiplier }: ExportRunOptions): Promise<PageRuns[]> {
  const chromePath = prioritizedBrowser(chromiumPath());
  const server = await startStaticHostProcess({ outDir, port, showErrors: true });
  try {
    const measured: PageRuns[] = [];
    for (const page of pagesToMeasure(readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8'))) {
      const results: LighthouseRun[] = [];
      for (let run = 0; run < runs; run += 1)
        results.push(await measure(`${server.origin}${page.path}`, { chromePath, categories, multiplier }));
      measured.push({ ...page, runs: results });
    }
    return measured;
  } finally {
    server.stop();
  }
}

/** The budgets a page misses outside performance (the bench's target, not the test's), each with the audits that cost a point. */
export function budgetProblems(page: PageRuns, categories: readonly Category[]): string[] {
  return categories
    .filter((category) => category !== 'performance' && medianScore(page.runs, category) < BUDGET[category])
    .map((category) => {
      const why = [...new Set(page.runs.flatMap((r) => r.failedAudits).filter((a) => a.startsWith(`${category}:`)))];
      return `${page.path}: ${category} ${medianScore(page.runs, category).toFixed(2)} < ${BUDGET[category]}${why.length ? ` (${why.join(', ')})` : ''}`;
    });
}
