/**
 * Measurements in Chromium against a served export: which files each engine
 * fetches to answer a first query (from the browser's own request events),
 * warm query latency, and the top-10 ids for recall.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/checks/chromium';
import { startStaticHostProcess } from '../lib/checks/static-host';
import type { SearchFilters } from '../lib/search/types';
import { SEARCH_INDEX_FOLDER } from '../lib/site-search/index-location';
import { isPagefindCode } from './pagefind';
import { addBytes, type Bytes, fileBytes, ZERO } from './sizes';

export type Engine = 'ours' | 'pagefind';

const INDEX_URL = `/${SEARCH_INDEX_FOLDER}/`;
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** A blank page of the site's origin to run the engines from (written into the bench copy only). */
const BLANK = 'bench-blank.html';

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_FLAGS],
  });
}

/** Serves `siteDir` as a static host does (lib/checks/static-host.ts) until `stop()` is called. */
export async function serve(siteDir: string, port: number): Promise<{ origin: string; stop: () => void }> {
  writeFileSync(
    path.join(siteDir, BLANK),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>\n',
  );
  return startStaticHostProcess({ outDir: siteDir, port, readyPath: `/${BLANK}` });
}

type BenchWindow = {
  benchSearcher: (base: string) => {
    search(q: string, f?: SearchFilters, limit?: number): Promise<{ results: Array<{ id: string }> }>;
  };
};
type PagefindModule = {
  search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string; sub_results: Array<{ url: string }> }> }> }>;
};

async function openBlank(browser: Browser, origin: string, engine: Engine, harness: string) {
  // A fresh context has an empty HTTP cache: the next query is a first query.
  const context = await browser.newContext();
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps named functions in __name(); the page needs it to run the evaluated code.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(`${origin}/${BLANK}`);
  if (engine === 'ours') await page.addScriptTag({ content: harness });
  return { page, close: () => context.close() };
}

/** Runs one query as a page would show it: 10 results with their text. */
function runQuery(page: Page, engine: Engine, query: string): Promise<unknown> {
  if (engine === 'ours') {
    return page.evaluate(
      async ({ q, base }) => {
        await (window as unknown as BenchWindow).benchSearcher(base).search(q, {}, 10);
      },
      { q: query, base: INDEX_URL },
    );
  }
  return page.evaluate(
    async ({ q, url }) => {
      const pagefind = (await import(url)) as PagefindModule;
      const found = await pagefind.search(q);
      await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    },
    { q: query, url: PAGEFIND_URL },
  );
}

export interface FirstQuery {
  query: string;
  files: string[];
  /** Index data: our shards and chunks; Pagefind's entry, meta, index chunks and fragments. */
  data: Bytes;
  /** Engine code fetched: Pagefind's JS and WebAssembly (ours ships in the page bundle, counted separately). */
  code: Bytes;
}

/** Files fetched for one query from a cold cache, sized from the served folder as gzip and brotli. */
export async function firstQuery(
  browser: Browser,
  origin: string,
  siteDir: string,
  engine: Engine,
  harness: string,
  query: string,
): Promise<FirstQuery> {
  const { page, close } = await openBlank(browser, origin, engine, harness);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  try {
    await runQuery(page, engine, query);
  } finally {
    await close();
  }
  let data = ZERO;
  let code = ZERO;
  // Only the engines' own files: not the blank page, nor a favicon the browser may ask for.
  const files = [...new Set(requested)].filter((p) => p.startsWith(INDEX_URL) || p.startsWith('/pagefind/'));
  for (const pathname of files) {
    const file = path.join(siteDir, decodeURIComponent(pathname));
    if (!existsSync(file)) throw new Error(`${engine} fetched ${pathname}, which is not in ${siteDir}`);
    const bytes = fileBytes(file);
    if (isPagefindCode(pathname)) code = addBytes(code, bytes);
    else data = addBytes(data, bytes);
  }
  return { query, files, data, code };
}

/** Latency of repeated queries once everything they need is loaded, ms each. */
export async function warmLatencies(
  browser: Browser,
  origin: string,
  engine: Engine,
  harness: string,
  queries: readonly string[],
  reps: number,
): Promise<number[]> {
  const { page, close } = await openBlank(browser, origin, engine, harness);
  try {
    return await page.evaluate(
      async ({ engine, queries, reps, base, url }) => {
        let run: (q: string) => Promise<unknown>;
        if (engine === 'ours') {
          const searcher = (window as unknown as BenchWindow).benchSearcher(base);
          run = (q) => searcher.search(q, {}, 10);
        } else {
          const pagefind = (await import(url)) as PagefindModule;
          run = async (q) => Promise.all((await pagefind.search(q)).results.slice(0, 10).map((r) => r.data()));
        }
        for (const q of queries) await run(q);
        const times: number[] = [];
        for (let r = 0; r < reps; r++) {
          for (const q of queries) {
            const started = performance.now();
            await run(q);
            times.push(performance.now() - started);
          }
        }
        return times;
      },
      { engine, queries: [...queries], reps, base: INDEX_URL, url: PAGEFIND_URL },
    );
  } finally {
    await close();
  }
}

export interface RecallQuery {
  query: string;
  filters?: SearchFilters;
}

/** Our top-10 ids per query (filters applied by the engine). */
export async function oursTopIds(browser: Browser, origin: string, harness: string, queries: readonly RecallQuery[]): Promise<string[][]> {
  const { page, close } = await openBlank(browser, origin, 'ours', harness);
  try {
    return await page.evaluate(
      async ({ queries, base }) => {
        const searcher = (window as unknown as BenchWindow).benchSearcher(base);
        const out: string[][] = [];
        for (const q of queries) out.push((await searcher.search(q.query, q.filters ?? {}, 10)).results.map((r) => r.id));
        return out;
      },
      { queries: [...queries], base: INDEX_URL },
    );
  } finally {
    await close();
  }
}

/** Pagefind's ranked pages per query, each with the anchors of its sub-results (up to `depth` pages). */
export async function pagefindRanked(
  browser: Browser,
  origin: string,
  queries: readonly string[],
  depth: number,
): Promise<Array<Array<{ url: string; subs: string[] }>>> {
  const { page, close } = await openBlank(browser, origin, 'pagefind', '');
  try {
    return await page.evaluate(
      async ({ queries, url, depth }) => {
        const pagefind = (await import(url)) as PagefindModule;
        const out: Array<Array<{ url: string; subs: string[] }>> = [];
        for (const q of queries) {
          const found = await pagefind.search(q);
          const pages = await Promise.all(found.results.slice(0, depth).map((r) => r.data()));
          out.push(pages.map((p) => ({ url: p.url, subs: p.sub_results.map((s) => s.url) })));
        }
        return out;
      },
      { queries: [...queries], url: PAGEFIND_URL, depth },
    );
  } finally {
    await close();
  }
}
