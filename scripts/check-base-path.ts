/**
 * Builds the site with `npm run build` (the whole pipeline, lib/build/pipeline.ts) as a GitHub
 * Pages project site sees it (BASE_PATH=/shuzi-xiangcun, a SITE_URL of its own) into
 * out-base-path/, then runs the export checks of
 * lib/checks/site-checks.ts on it: each site-internal URL must carry the base path and lead
 * to an exported file (and an element, for #anchors), and every page carries a sound
 * Content-Security-Policy.
 * The build reads the seed fixtures (tests/fixtures/content, so its cost does not grow with
 * the archive) plus tests/fixtures/base-path/content: an issue and a Q&A whose Markdown
 * links into the site and shows images, as editors' content may (lib/checks/base-path.ts).
 *
 *   npm run test:base-path            build, then check
 *   npm run test:base-path -- --no-build   check an existing out-base-path/
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BASE_PATH, fixtureProblems, placeInPublic, SITE_URL, setAsideSearchIndex } from '../lib/checks/base-path';
import { checkSite } from '../lib/checks/site-checks';

const OUT = path.resolve('out-base-path');
const FIXTURES = path.resolve('tests', 'fixtures');

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
const problems = [...result.problems, ...fixtureProblems(OUT, result.pages)];
for (const problem of problems) console.error(problem);
console.log(`base path: ${result.files} files, ${result.pages} pages, ${result.urls} internal URLs checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
