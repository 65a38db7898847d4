/**
 * Pagefind over the same export, indexing the same documents as ours: item
 * permalink pages and Q&A pages, the <article> only (no header, footer,
 * breadcrumbs or neighbour links), so both engines see the same text.
 */
import path from 'node:path';
import { run } from './site-build';
import { filesUnder } from './sizes';

export const PAGEFIND_GLOB = '{bulletins/*/*/index.html,qa/*/index.html}';

export async function runPagefind(siteDir: string): Promise<{ ms: number; pages: number }> {
  const bin = path.resolve('node_modules/.bin/pagefind');
  const { ms, output } = await run(bin, [
    '--site',
    siteDir,
    '--glob',
    PAGEFIND_GLOB,
    '--root-selector',
    'article',
    '--exclude-selectors',
    'nav',
  ]);
  const pages = Number(/Indexed (\d+) pages?/.exec(output)?.[1] ?? Number.NaN);
  return { ms, pages };
}

/** Pagefind's index data (what a search may fetch besides code): entry, meta, index chunks, fragments, filters. */
export function pagefindDataFiles(siteDir: string): string[] {
  return filesUnder(path.join(siteDir, 'pagefind')).filter((f) => /(\.pf_(meta|index|fragment|filter)|pagefind-entry\.json)$/.test(f));
}

/** Pagefind's search code: the module and its WebAssembly (the UI bundles are not needed to search). */
export function isPagefindCode(pathname: string): boolean {
  return /\/pagefind\/(pagefind\.js|wasm\.[^/]+)$/.test(pathname);
}
