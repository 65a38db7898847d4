/**
 * `npm run validate [-- paths…]`: check every content file (or the ones named) and
 * print every problem as `path:line:col  field  message`, all at once. Exit 1 on any.
 */
import { contentDir } from '../lib/content/content-dir';
import { formatIssue } from '../lib/content/issues';
import { loadContent } from '../lib/content/load';

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const { bulletins, qas, issues } = loadContent(contentDir(), only.length ? { only } : {});

if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  const files = new Set(issues.map((i) => i.file)).size;
  console.error(`\n✗ ${issues.length} problem(s) in ${files} file(s).`);
  process.exit(1);
}
const items = bulletins.reduce(
  (n, b) => n + b.sections.reduce((m, s) => m + s.items.length + s.subsections.reduce((k, ss) => k + ss.items.length, 0), 0),
  0,
);
console.log(`✓ content valid: ${bulletins.length} bulletin issue(s) with ${items} item(s), ${qas.length} Q&A article(s).`);
