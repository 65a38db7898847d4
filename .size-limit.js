/**
 * JavaScript budgets (npm run test:size, after a build), read off the export itself:
 * - first-load JS of each page: the scripts its HTML loads, gzip, at most 150 kB
 *   (pages loading the same set are one check; the noModule polyfill is left out, as
 *   browsers that run modules never fetch it);
 * - each of the project's own chunks, at most 20 kB: every chunk but Next's root main
 *   files and polyfills (.next/build-manifest.json), including those loaded on demand,
 *   such as the search engine.
 * The CMS at /admin/ is not a site page: Decap CMS and pdf.js load there only, for editors
 * (their bytes are reported in README), and no site page links to them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const OUT = process.env.OUT_DIR ?? 'out';
const FIRST_LOAD_LIMIT = '150 kB';
const OWN_CHUNK_LIMIT = '20 kB';

if (!existsSync(path.join(OUT, 'index.html'))) throw new Error(`${OUT}/index.html is missing: run npm run build first`);

const basePath = process.env.BASE_PATH ?? '';
const pages = readdirSync(OUT, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => path.relative(OUT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  .filter((page) => !page.startsWith('admin/'))
  .sort();

/** The export-relative files of the module scripts a page's HTML loads. */
function firstLoadScripts(page) {
  const html = readFileSync(path.join(OUT, page), 'utf8');
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1] ?? '')
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((src) => src?.startsWith(`${basePath}/_next/`))
    .map((src) => path.join(OUT, src.slice(basePath.length)));
}

const bySet = new Map();
for (const page of pages) {
  const scripts = firstLoadScripts(page);
  const key = [...scripts].sort().join('\n');
  const group = bySet.get(key);
  if (group) group.count += 1;
  else bySet.set(key, { page, scripts, count: 1 });
}
const firstLoad = [...bySet.values()].map(({ page, scripts, count }) => ({
  name: `first-load JS: /${page.replace(/index\.html$/, '')}${count > 1 ? ` (and ${count - 1} more pages)` : ''}`,
  path: scripts,
  gzip: true,
  limit: FIRST_LOAD_LIMIT,
}));

const manifest = JSON.parse(readFileSync(path.join('.next', 'build-manifest.json'), 'utf8'));
const framework = new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles].map((file) => path.basename(file)));
const chunksDir = path.join(OUT, '_next', 'static', 'chunks');
// Another export since (the base-path check's) leaves a manifest that names other files: every chunk would count as ours.
for (const file of framework) {
  if (!existsSync(path.join(chunksDir, file))) throw new Error(`.next/ and ${OUT}/ come from different builds: run npm run build first`);
}
const ownChunks = readdirSync(chunksDir)
  .filter((file) => file.endsWith('.js') && !framework.has(file))
  .sort()
  .map((file) => ({ name: `own chunk: ${file}`, path: path.join(chunksDir, file), gzip: true, limit: OWN_CHUNK_LIMIT }));

export default [...firstLoad, ...ownChunks];
