/**
 * npm run test:lighthouse: Lighthouse's mobile preset on one page of each template of the
 * export (lib/checks/lighthouse.ts). Best practices and SEO must be 1; one run per page (not
 * timings, so one run is the answer); fails with the audits that cost a point. Accessibility
 * is axe's, in the browser tests; performance is the bench's (npm run bench:lighthouse).
 *
 *   … -- --runs N          more runs per page, the median counts
 *   … -- --multiplier 2    another CPU slowdown than the default 4×
 *
 * Settings: CHROMIUM_PATH (default /usr/bin/chromium when present), LIGHTHOUSE_PORT (3220),
 * OUT_DIR (out).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { budgetProblems, CATEGORY_NAMES, type Category, measureExport, medianScore } from '../lib/checks/lighthouse';
import { markdownTable } from '../lib/markdown-table';

const { values: options } = parseArgs({ options: { runs: { type: 'string' }, multiplier: { type: 'string' } } });
const runs = Number(options.runs ?? 1);
/** The test asserts what only Lighthouse sees and what does not vary run to run. */
const CATEGORIES: Category[] = ['best-practices', 'seo'];

const pages = await measureExport({
  outDir: path.resolve(process.env.OUT_DIR ?? 'out'),
  port: Number(process.env.LIGHTHOUSE_PORT ?? 3220),
  runs,
  categories: CATEGORIES,
  multiplier: options.multiplier === undefined ? undefined : Number(options.multiplier),
});
const rows = pages.map((page) => [page.name, ...CATEGORIES.map((c) => medianScore(page.runs, c).toFixed(2))]);
console.log(`Lighthouse ${runs} run(s) per page, mobile preset: ${CATEGORIES.map((c) => CATEGORY_NAMES[c]).join(', ')} must be 1\n`);
console.log(markdownTable([['page', ...CATEGORIES.map((c) => CATEGORY_NAMES[c])], ...rows]));
const problems = pages.flatMap((page) => budgetProblems(page, CATEGORIES));
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
