/**
 * `npm run build`: the build pipeline (lib/build/pipeline.ts) with the settings of the
 * environment: OUT_DIR (out), CONTENT_DIR (content), BASE_PATH (''), SITE_URL
 * (http://localhost:3000). Prints what each step did and their times; on a problem, prints
 * it (bad content: validate's full list) and exits 1.
 *
 *   npm run build -- --until search-index   validate, then the search index (npm run dev, npm run build:search)
 *   npm run build -- --from placeholder-pages   the steps after Next's, on an existing export
 *   … --search-index <dir>                   write the search index there instead of public/search-index/
 *   … --timings <file.json>                  also write each step's time there (the build bench reads it)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild, STEP_NAMES } from '../lib/build/pipeline';
import { contentDir } from '../lib/content/content-dir';
import { SEARCH_INDEX_FOLDER } from '../lib/site-search/index-location';

const { values: options } = parseArgs({
  options: {
    from: { type: 'string' },
    until: { type: 'string' },
    'search-index': { type: 'string' },
    timings: { type: 'string' },
  },
});
for (const name of [options.from, options.until]) {
  if (name !== undefined && !STEP_NAMES.includes(name)) {
    console.error(`${name} is not a build step; the steps: ${STEP_NAMES.join(', ')}`);
    process.exit(2);
  }
}

const result = await runBuild(
  {
    outDir: process.env.OUT_DIR ?? 'out',
    contentDir: contentDir(),
    basePath: (process.env.BASE_PATH ?? '').replace(/\/$/, ''),
    siteUrl: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
    searchIndexDir: path.resolve(options['search-index'] ?? path.join('public', SEARCH_INDEX_FOLDER)),
  },
  { logger: { info: (line) => console.log(line) }, from: options.from, until: options.until },
);
if (options.timings) writeFileSync(options.timings, `${JSON.stringify(result, null, 2)}\n`);
for (const problem of result.problems) console.error(problem);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const total = result.steps.reduce((sum, step) => sum + step.ms, 0);
console.log(
  `${result.failed ? `✗ build stopped at ${result.failed}` : '✓ build'}: ${result.steps.map((step) => `${step.name} ${seconds(step.ms)}`).join(', ')} ` +
    `(${seconds(total)})`,
);
process.exit(result.failed ? 1 : 0);
