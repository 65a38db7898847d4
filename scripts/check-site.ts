/**
 * `npm run check:site [-- out-dir]`: the browserless checks of lib/checks/site-checks.ts over
 * every page of an export (default out/, or OUT_DIR), with SITE_URL and BASE_PATH as
 * the build saw them. Prints each problem and exits 1 on any.
 */
import { checkSite } from '../lib/checks/site-checks';

const outDir = process.argv[2] ?? process.env.OUT_DIR ?? 'out';
const started = performance.now();
const result = checkSite({
  outDir,
  siteUrl: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
  basePath: (process.env.BASE_PATH ?? '').replace(/\/$/, ''),
});
for (const problem of result.problems) console.error(problem);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${result.problems.length === 0 ? '✓' : '✗'} ${outDir}: ${result.pages} pages and ${result.files - result.pages} other files, ` +
    `${result.urls} internal URLs checked in ${seconds} s, ${result.problems.length} problem(s)`,
);
process.exit(result.problems.length === 0 ? 0 : 1);
