/**
 * `npm run bench [-- --sizes 1000,10000] [--light 10000] [--build-timeout-min 45] [--reuse] [--reps 5] | [--print]`: our search vs
 * Pagefind on the same exported site, for the seed content and for SYNTHETIC
 * corpora of the given numbers of bulletin items (issues of 10 items, plus one
 * synthetic Q&A per 10 issues). Each corpus is built with the real `npm run build`
 * (CONTENT_DIR pointing at it) and the export moved to bench/.work/site-<size>/.
 * Prints a table and writes bench/results.json. Targets are reported, not asserted.
 * A size whose whole build exceeds the timeout (or is listed in --light) is
 * measured on article pages written by light-site.ts; its build time is then
 * reported as not measured.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { loadSiteContent } from '../lib/site/load';
import { searchDocuments } from '../lib/site-search/documents';
import { SEARCH_INDEX_FOLDER } from '../lib/site-search/index-location';
import { evalSet, recallAt, sentenceEvalSet } from '../lib/testing/search-eval-set';
import { firstQuery, launchChromium, oursTopIds, pagefindRanked, serve, warmLatencies } from './browser';
import { seedText, writeSyntheticContent } from './corpus';
import { bundleHarness } from './harness';
import { buildLightSite } from './light-site';
import { pagefindDataFiles, runPagefind } from './pagefind';
import { matchesFilters, pagefindIds } from './recall';
import { printReport, reportMarkdown, type SizeResult, TARGETS } from './report';
import { writeResultsSection } from './results-file';
import { buildSite, keepOut, run, TimedOut } from './site-build';
import { type Bytes, dataBytes, filesBytes, folderBytes } from './sizes';
import { median, quantile } from './stats';

interface Options {
  sizes: number[];
  /** Sizes measured on bench-written article pages instead of a whole Next build. */
  light: number[];
  reuse: boolean;
  reps: number;
  /** A whole-site build running longer is stopped, and that size falls back to light pages. */
  buildTimeoutMs: number;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? '1000,10000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 10 || n % 10 !== 0)) throw new Error('--sizes: item counts, multiples of 10');
  const light = (value('--light') ?? '').split(',').filter(Boolean).map(Number);
  return {
    sizes,
    light,
    reuse: argv.includes('--reuse'),
    reps: Number(value('--reps') ?? 5),
    buildTimeoutMs: Number(value('--build-timeout-min') ?? 45) * 60_000,
  };
}

const WORK = path.resolve('bench/.work');
const PORT = Number(process.env.BENCH_PORT ?? 3297);
const QUERIES = [...new Set([...evalSet, ...sentenceEvalSet].map((q) => q.query))];

/** Our index vs Pagefind's, data files only (engine code is reported on its own). */
function indexBytes(siteDir: string) {
  return { ours: folderBytes(path.join(siteDir, SEARCH_INDEX_FOLDER)), pagefind: filesBytes(pagefindDataFiles(siteDir)) };
}

async function measureSite(
  label: string,
  siteDir: string,
  harness: string,
  reps: number,
  withRecall: boolean,
): Promise<Partial<SizeResult>> {
  const server = await serve(siteDir, PORT);
  const browser = await launchChromium();
  try {
    const first = { ours: [] as Awaited<ReturnType<typeof firstQuery>>[], pagefind: [] as Awaited<ReturnType<typeof firstQuery>>[] };
    for (const engine of ['ours', 'pagefind'] as const) {
      for (const q of QUERIES) first[engine].push(await firstQuery(browser, server.origin, siteDir, engine, harness, q));
    }
    const warm = {
      ours: await warmLatencies(browser, server.origin, 'ours', harness, QUERIES, reps),
      pagefind: await warmLatencies(browser, server.origin, 'pagefind', harness, QUERIES, reps),
    };
    const summary = (xs: number[]) => ({ median: median(xs), p90: quantile(xs, 0.9), max: Math.max(...xs) });
    const result: Partial<SizeResult> = {
      chromium: browser.version(),
      firstQuery: {
        ours: {
          dataBrotli: summary(first.ours.map((f) => f.data.brotli)),
          dataGzip: summary(first.ours.map((f) => f.data.gzip)),
          files: summary(first.ours.map((f) => f.files.length)),
        },
        pagefind: {
          dataBrotli: summary(first.pagefind.map((f) => f.data.brotli)),
          dataGzip: summary(first.pagefind.map((f) => f.data.gzip)),
          codeBrotli: summary(first.pagefind.map((f) => f.code.brotli)),
          totalBrotli: summary(first.pagefind.map((f) => f.data.brotli + f.code.brotli)),
          files: summary(first.pagefind.map((f) => f.files.length)),
        },
      },
      warmMs: {
        ours: { median: median(warm.ours), p95: quantile(warm.ours, 0.95) },
        pagefind: { median: median(warm.pagefind), p95: quantile(warm.pagefind, 0.95) },
      },
      perQuery: QUERIES.map((q, i) => ({
        query: q,
        oursBrotli: first.ours[i]?.data.brotli ?? Number.NaN,
        pagefindBrotli: (first.pagefind[i]?.data.brotli ?? Number.NaN) + (first.pagefind[i]?.code.brotli ?? Number.NaN),
      })),
    };
    if (withRecall) {
      const docs = new Map(searchDocuments(loadSiteContent(path.resolve('content'))).map((d) => [d.id, d]));
      const recall = async (set: typeof evalSet) => {
        const ours = recallAt(set, await oursTopIds(browser, server.origin, harness, set), 10);
        const ranked = await pagefindRanked(
          browser,
          server.origin,
          set.map((q) => q.query),
          50,
        );
        const pagefind = recallAt(
          set,
          ranked.map((r, i) => pagefindIds(r).filter((id) => matchesFilters(docs.get(id), set[i]?.filters))),
          10,
        );
        return { ours: ours.recall, pagefind: pagefind.recall, oursMisses: ours.misses, pagefindMisses: pagefind.misses };
      };
      result.recallAt10 = await recall(evalSet);
      result.sentenceRecallAt10 = await recall(sentenceEvalSet);
    }
    console.log(`  measured ${label} in Chromium ${browser.version()}`);
    return result;
  } finally {
    await browser.close();
    server.stop();
  }
}

async function benchSite(
  label: string,
  contentDir: string,
  documents: number,
  items: number,
  options: Options,
  harness: string,
  withRecall: boolean,
): Promise<SizeResult> {
  const siteDir = path.join(WORK, `site-${label}`);
  const previous = options.reuse && existsSync(siteDir) ? loadPrevious(label) : undefined;
  let build: SizeResult['build'];
  if (previous) {
    console.log(`${label}: reusing ${path.relative(process.cwd(), siteDir)} and its build times`);
    build = previous.build;
  } else {
    let site: { ms: number; pages: number; indexMs: number } | undefined;
    let note: string | undefined;
    if (!options.light.includes(items) || label === 'seed') {
      console.log(`${label}: building the site (${items} items)…`);
      try {
        site = await buildSite(contentDir, siteDir, options.buildTimeoutMs);
        console.log(`  built ${site.pages} pages in ${(site.ms / 1000).toFixed(1)} s; running Pagefind…`);
      } catch (error) {
        if (!(error instanceof TimedOut)) throw error;
        note = `whole-site build not measured: ${error.message}`;
        console.log(`  ${note}; writing the article pages directly instead`);
      }
    } else {
      note = 'whole-site build skipped (--light)';
    }
    if (!site) {
      const light = await buildLightSite(contentDir, siteDir);
      site = { ms: Number.NaN, pages: light.pages, indexMs: light.indexMs };
    }
    const pagefind = await runPagefind(siteDir);
    build = {
      siteMs: site.ms,
      pages: site.pages,
      msPerPage: site.ms / site.pages,
      oursIndexMs: site.indexMs,
      pagefindMs: pagefind.ms,
      pagefindPages: pagefind.pages,
      ...(note ? { note } : {}),
    };
  }
  const sizes = indexBytes(siteDir);
  const measured = await measureSite(label, siteDir, harness, options.reps, withRecall);
  return {
    label,
    synthetic: label !== 'seed',
    items,
    documents,
    build,
    index: sizes,
    ...measured,
  } as SizeResult;
}

let previousResults: SizeResult[] | undefined;

/** With --reuse, a site built by an earlier run keeps the build times that run measured. */
function loadPrevious(label: string): SizeResult | undefined {
  try {
    previousResults ??= (JSON.parse(readFileSync('bench/results.json', 'utf8')) as { sizes: SizeResult[] }).sizes;
  } catch {
    previousResults = [];
  }
  return previousResults.find((s) => s.label === label);
}

function writeReport(engineCode: Bytes, results: SizeResult[]) {
  const report = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, loadAverage: loadavg() },
    notes: [
      'Synthetic corpora are recombined seed sentences (bench/corpus.ts): benchmark data, never content.',
      'Bytes: files the engine fetched for one query from a cold cache (Chromium request events), each sized as served with brotli (q11) or gzip (-9), whichever is used only when smaller than the file.',
      'Pagefind indexes the same pages (item permalinks and Q&A pages), <article> only, and loads data() for its top 10 like our 10 results with snippets.',
      `Our engine code (createSearcher + fetch loader, minified): ${engineCode.raw} B raw, ${engineCode.brotli} B brotli; it ships inside the page bundle, so it is not in the first-query bytes.`,
      'Pagefind recall: filtered eval queries are filtered after ranking by our metadata (Pagefind has no filters on this site).',
      'Latency is wall time in headless Chromium on a shared machine: other work running at the same time inflates it.',
    ],
    engineCode,
    targets: TARGETS,
    sizes: results,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

async function main(): Promise<void> {
  if (process.argv.includes('--print')) {
    // Show the table of the last run again, measuring nothing.
    printReport(JSON.parse(readFileSync('bench/results.json', 'utf8')) as Parameters<typeof printReport>[0]);
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  const harness = await bundleHarness();
  const engineCode = dataBytes(Buffer.from(harness));
  loadPrevious('seed'); // read before this run overwrites it
  const restoreOut = keepOut(WORK);
  const results: SizeResult[] = [];
  try {
    const seed = loadSiteContent(path.resolve('content'));
    const seedDocs = searchDocuments(seed).length;
    const seedItems = searchDocuments(seed).filter((d) => d.type === 'bulletin').length;
    results.push(await benchSite('seed', path.resolve('content'), seedDocs, seedItems, options, harness, true));
    // Written after every size, so a long run that is stopped keeps what it measured.
    writeReport(engineCode, results);
    const text = seedText(path.resolve('content'));
    for (const items of options.sizes) {
      const contentDir = path.join(WORK, `content-${items}`);
      const documents = writeSyntheticContent(contentDir, items / 10, text);
      results.push(await benchSite(String(items), contentDir, documents, items, options, harness, false));
      writeReport(engineCode, results);
    }
  } finally {
    restoreOut();
    // The builds above left the last corpus's index in public/: put the real one back.
    await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--until', 'search-index']);
  }
  const report = writeReport(engineCode, results);
  printReport(report);
  writeResultsSection(
    'search',
    [
      '## Search: `npm run bench`',
      '',
      `Our engine against Pagefind on the same export, measured in headless Chromium ${results[0]?.chromium ?? ''}; ` +
        `${cpus().length} cores, Node ${process.version}, ${report.generatedAt.slice(0, 10)}. Synthetic sizes are recombined seed sentences.`,
      '',
      reportMarkdown(report),
    ].join('\n'),
  );
  console.log('\nwrote bench/results.json and bench/RESULTS.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
