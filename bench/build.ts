/**
 * `npm run bench:build [-- --sizes 30,100,300,1000]`: the whole `npm run build` on
 * SYNTHETIC archives of that many issues (bench/corpus.ts: recombined seed
 * sentences under bench/.work/, never content), then the browserless check of every
 * exported page. Reports the whole build, Next's compile and page generation, the search
 * index, the static check, ms per page, what each added page costs, and the peak memory
 * of the whole process tree. Prints a table and writes it to bench/RESULTS.md.
 * Targets are reported, never asserted.
 */
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { checkSite } from '../lib/checks/site-checks';
import { markdownTable } from '../lib/markdown-table';
import { seedText, writeSyntheticContent } from './corpus';
import { samplePeakMemory } from './peak-memory';
import { writeResultsSection } from './results-file';
import { buildSite, keepOut, run } from './site-build';

const TARGETS = {
  /** 1,000 issues build in at most this long. */
  thousandIssuesMs: 10 * 60_000,
  /** What one more page may cost, between the smallest and the largest archive. */
  addedPageMs: 25,
  /** 300 issues cost at most this many times 30 issues. */
  ratio300to30: 4,
  peakBytes: 4 * 1024 ** 3,
} as const;

interface BuildResult {
  issues: number;
  pages: number;
  wholeMs: number;
  compileMs: number;
  generateMs: number;
  indexMs: number;
  checkMs: number;
  peakBytes: number;
  /** Load average when the build started: other work on the machine inflates every figure. */
  load: number;
}

/** `950ms`, `31.3s`, `5.1min` as Next prints them. */
function duration(text: string | undefined): number {
  const match = /^([\d.]+)\s*(ms|s|min)$/.exec(text ?? '');
  if (!match) return Number.NaN;
  return Number(match[1]) * { ms: 1, s: 1000, min: 60_000 }[match[2] as 'ms' | 's' | 'min'];
}

async function buildOnce(issues: number, contentDir: string, siteDir: string): Promise<BuildResult> {
  const load = loadavg()[0] ?? Number.NaN;
  let stopSampling = () => Number.NaN;
  const site = await buildSite(contentDir, siteDir, undefined, (group) => {
    stopSampling = samplePeakMemory(group);
  });
  const peakBytes = stopSampling();
  const started = performance.now();
  const check = checkSite({ outDir: siteDir, siteUrl: 'http://localhost:3000', basePath: '' });
  const checkMs = performance.now() - started;
  if (check.problems.length > 0) throw new Error(`${issues} issues: the export has problems:\n${check.problems.slice(0, 20).join('\n')}`);
  return {
    issues,
    pages: site.pages,
    wholeMs: site.ms,
    compileMs: duration(/Compiled successfully in ([\d.]+\s*(?:ms|s|min))/.exec(site.output)?.[1]),
    generateMs: duration(/Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+\s*(?:ms|s|min))/.exec(site.output)?.[1]),
    indexMs: site.indexMs,
    checkMs,
    peakBytes,
    load,
  };
}

const seconds = (ms: number) => (Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function report(results: readonly BuildResult[]): string {
  const rows = [
    [
      'issues',
      'pages',
      'whole build',
      'compile',
      'page generation',
      'search index',
      'static check',
      'ms per page',
      'each added page',
      'peak memory',
      'load avg',
    ],
    ...results.map((r, i) => {
      const previous = results[i - 1];
      const added = previous ? (r.wholeMs - previous.wholeMs) / (r.pages - previous.pages) : Number.NaN;
      return [
        r.issues.toLocaleString('en'),
        r.pages.toLocaleString('en'),
        seconds(r.wholeMs),
        seconds(r.compileMs),
        seconds(r.generateMs),
        seconds(r.indexMs),
        seconds(r.checkMs),
        (r.wholeMs / r.pages).toFixed(1),
        Number.isNaN(added) ? '–' : `${added.toFixed(1)} ms`,
        `${(r.peakBytes / 1024 ** 3).toFixed(2)} GB`,
        r.load.toFixed(1),
      ];
    }),
  ];
  const lines = [markdownTable(rows), ''];
  const smallest = results[0];
  const largest = results.at(-1);
  const thousand = results.find((r) => r.issues === 1000);
  const [r30, r300] = [results.find((r) => r.issues === 30), results.find((r) => r.issues === 300)];
  if (thousand)
    lines.push(
      `- ${mark(thousand.wholeMs <= TARGETS.thousandIssuesMs)} 1,000 issues build in ${seconds(thousand.wholeMs)} (target ≤ 10 min)`,
    );
  if (smallest && largest && largest !== smallest) {
    const added = (largest.wholeMs - smallest.wholeMs) / (largest.pages - smallest.pages);
    lines.push(
      `- ${mark(added <= TARGETS.addedPageMs)} each page added from ${smallest.issues} to ${largest.issues} issues costs ${added.toFixed(1)} ms (target ≤ ${TARGETS.addedPageMs} ms)`,
    );
  }
  if (r30 && r300) {
    const ratio = r300.wholeMs / r30.wholeMs;
    lines.push(
      `- ${mark(ratio <= TARGETS.ratio300to30)} 300 issues cost ${ratio.toFixed(2)}× 30 issues (target ≤ ${TARGETS.ratio300to30}×)`,
    );
  }
  const peak = Math.max(...results.map((r) => r.peakBytes));
  lines.push(`- ${mark(peak <= TARGETS.peakBytes)} peak memory ${(peak / 1024 ** 3).toFixed(2)} GB (target ≤ 4 GB)`);
  return lines.join('\n');
}

async function main() {
  if (process.argv.includes('--help')) {
    console.log('usage: npm run bench:build [-- --sizes 30,100,300,1000]  (whole builds of synthetic archives; writes bench/RESULTS.md)');
    return;
  }
  const at = process.argv.indexOf('--sizes');
  const sizes = (at >= 0 ? (process.argv[at + 1] ?? '') : '30,100,300,1000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes: numbers of issues, for example 30,100,300,1000');
  const work = path.resolve('bench', '.work');
  const restoreOut = keepOut(work);
  const results: BuildResult[] = [];
  try {
    const seed = seedText(path.resolve('tests', 'fixtures', 'content'));
    for (const issues of sizes) {
      const contentDir = path.join(work, `build-content-${issues}`);
      writeSyntheticContent(contentDir, issues, seed);
      console.log(`${issues} issues: npm run build …`);
      const result = await buildOnce(issues, contentDir, path.join(work, `build-site-${issues}`));
      results.push(result);
      console.log(
        `  ${result.pages} pages in ${seconds(result.wholeMs)} (compile ${seconds(result.compileMs)}, pages ${seconds(result.generateMs)}), ` +
          `static check ${seconds(result.checkMs)}, peak ${(result.peakBytes / 1024 ** 3).toFixed(2)} GB`,
      );
    }
  } finally {
    restoreOut();
    // The builds above left the last corpus's index in public/: put the real one back.
    await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--until', 'search-index']);
  }
  // Largest first gets the quietest machine; the table reads smallest first.
  results.sort((a, b) => a.issues - b.issues);
  const table = report(results);
  console.log(`\n${table}\n`);
  writeResultsSection(
    'build',
    [
      '## Build: `npm run bench:build`',
      '',
      `Whole \`npm run build\` on synthetic archives (10 items an issue, one Q&A per 10 issues), then \`npm run check:site\`'s walk of every exported page. ` +
        `${availableParallelism()} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. One run per size; the load average says how busy the machine was.`,
      '',
      table,
    ].join('\n'),
  );
  console.log('wrote bench/RESULTS.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
