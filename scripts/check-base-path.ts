/**
 * Builds the site with `npm run build` (the whole pipeline, lib/build/pipeline.ts) as a GitHub
 * Pages project site sees it (BASE_PATH=/shuzi-xiangcun, a SITE_URL of its own) into
 * out-base-path/, then runs the export checks of
 * lib/checks/site-checks.ts on it: each site-internal URL must carry the base path and lead
 * to an exported file (and an element, for #anchors), and every page carries a sound
 * Content-Security-Policy.
 * The build reads the seed fixtures (tests/fixtures/content, so its cost does not grow with
 * the archive) plus tests/fixtures/base-path/content: an issue and a Q&A whose Markdown
 * links into the site and shows images, as editors' content may.
 *
 *   npm run test:base-path            build, then check
 *   npm run test:base-path -- --no-build   check an existing out-base-path/
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileForPath } from '../lib/checks/built-site';
import { checkSite } from '../lib/checks/site-checks';
import { SEARCH_INDEX_FOLDER } from '../lib/site-search/index-location';

const BASE_PATH = '/shuzi-xiangcun';
const SITE_URL = 'https://example.github.io';
const ORIGIN = `${SITE_URL}${BASE_PATH}`;
const OUT = path.resolve('out-base-path');
const FIXTURES = path.resolve('tests', 'fixtures');

/** Copies `from`'s files into public/ (none may be there already); returns what removes them and the folders made for them. */
function placeInPublic(from: string): () => void {
  const files = readdirSync(from, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  const made: string[] = [];
  for (const file of files) {
    const target = path.join('public', file);
    if (existsSync(target)) throw new Error(`${target} exists: the base-path fixture would overwrite it`);
    for (let dir = path.dirname(target); dir !== 'public' && !existsSync(dir); dir = path.dirname(dir)) made.push(dir);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(from, file), target);
  }
  return () => {
    for (const file of files) rmSync(path.join('public', file), { force: true });
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * Moves the site's search index out of public/ for the length of the fixtures' build, which
 * writes the fixtures' own there for Next to copy; returns what puts the site's back.
 */
function setAsideSearchIndex(): () => void {
  const index = path.join('public', SEARCH_INDEX_FOLDER);
  const aside = mkdtempSync(path.join(os.tmpdir(), 'site-search-index-'));
  const had = existsSync(index);
  if (had) renameSync(index, path.join(aside, SEARCH_INDEX_FOLDER));
  return () => {
    rmSync(index, { recursive: true, force: true });
    if (had) cpSync(path.join(aside, SEARCH_INDEX_FOLDER), index, { recursive: true });
    rmSync(aside, { recursive: true, force: true });
  };
}

if (!process.argv.includes('--no-build')) {
  const content = mkdtempSync(path.join(os.tmpdir(), 'base-path-content-'));
  cpSync(path.join(FIXTURES, 'content'), content, { recursive: true });
  cpSync(path.join(FIXTURES, 'base-path', 'content'), content, { recursive: true });
  console.log(`Building with BASE_PATH=${BASE_PATH} SITE_URL=${SITE_URL} into ${path.relative(process.cwd(), OUT)}/ …`);
  const env = { ...process.env, BASE_PATH, SITE_URL, CONTENT_DIR: content, OUT_DIR: path.basename(OUT) };
  // The fixtures' images go where an editor's go, into public/, for the length of the build:
  // the content checks find them there and Next copies them into the export.
  const removeImages = placeInPublic(path.join(FIXTURES, 'base-path', 'public'));
  const restoreIndex = setAsideSearchIndex();
  let build: ReturnType<typeof spawnSync>;
  try {
    // npm run build in these settings: the fixtures' search index (which also validates them),
    // Next's export, then the steps after it (the reference files carry absolute URLs).
    build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { env, encoding: 'utf8' });
  } finally {
    restoreIndex();
    removeImages();
    rmSync(content, { recursive: true, force: true });
  }
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}

const result = checkSite({ outDir: OUT, siteUrl: SITE_URL, basePath: BASE_PATH });
const problems = [...result.problems];

// The fixtures must really be there, or the check proves nothing about content links.
for (const [file, expected] of [
  ['bulletins/2099-01/1-1/index.html', `href="${BASE_PATH}/bulletins/2024-02/#item-2-1-1"`],
  ['bulletins/2099-01/1-1/index.html', `src="${BASE_PATH}/images/2099-01/fig1.svg"`],
  ['qa/base-path-links/index.html', `src="${BASE_PATH}/images/2099-01/fig1.svg"`],
  ['feed.xml', `${ORIGIN}/images/2099-01/fig1.svg`],
] as const) {
  const target = fileForPath(OUT, `/${file}`);
  if (!target || !readFileSync(target, 'utf8').includes(expected)) problems.push(`${file}: expected ${expected}`);
}
if (result.pages < 20) problems.push(`only ${result.pages} pages exported`);
// The search index is the fixtures' own, not the one of content/ (their 2099 issue is in it).
const indexFiles = readdirSync(path.join(OUT, SEARCH_INDEX_FOLDER), { recursive: true, withFileTypes: true }).filter((entry) =>
  entry.isFile(),
);
if (!indexFiles.some((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8').includes('2099-01')))
  problems.push(`${SEARCH_INDEX_FOLDER}/: the fixtures' issue 2099-01 is not in the exported search index`);

for (const problem of problems) console.error(problem);
console.log(`base path: ${result.files} files, ${result.pages} pages, ${result.urls} internal URLs checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
