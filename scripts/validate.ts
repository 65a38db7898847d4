/**
 * `npm run validate [-- paths…]`: check every content file (or the ones named) and
 * print every problem as `path:line:col  field  message`, all at once. Exit 1 on any.
 */
import { contentDir } from '../lib/content/content-dir';
import { bulletinItems } from '../lib/content/items';
import { problemReport } from '../lib/content/problems';
import { loadSiteContent } from '../lib/site-content';

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const { bulletins, qas, problems } = loadSiteContent(contentDir(), only.length ? { only } : {});

if (problems.length > 0) {
  console.error(problemReport(problems));
  process.exit(1);
}
const items = bulletins.reduce((n, b) => n + bulletinItems(b).length, 0);
console.log(`✓ content valid: ${bulletins.length} bulletin issue(s) with ${items} item(s), ${qas.length} Q&A article(s).`);
