import { budgetProblems, CATEGORY_NAMES, type Category, commandOptions, measureExport, medianScore } from '../lib/checks/lighthouse';
import { markdownTable } from '../lib/markdown-table';

const options = commandOptions(process.argv.slice(2), process.env, 1);
/** The test asserts what only Lighthouse sees and what does not vary run to run. */
const CATEGORIES: Category[] = ['best-practices', 'seo'];

const pages = await measureExport({
  ...options,
  categories: CATEGORIES,
});
const rows = pages.map((page) => [page.name, ...CATEGORIES.map((c) => medianScore(page.runs, c).toFixed(2))]);
console.log(
  `Lighthouse ${options.runs} run(s) per page, mobile preset: ${CATEGORIES.map((c) => CATEGORY_NAMES[c]).join(', ')} must be 1\n`,
);
console.log(markdownTable([['page', ...CATEGORIES.map((c) => CATEGORY_NAMES[c])], ...rows]));
const problems = pages.flatMap((page) => budgetProblems(page, CATEGORIES));
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
