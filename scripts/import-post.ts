/**
 * Import one Jekyll post (front matter + HTML body) as a Q&A article:
 *   npx tsx scripts/import-post.ts <file> [--slug <ascii-slug>] [--out <dir>] [--force] [--lang en]
 * Writes <dir>/<slug>.md (default content/qa), or prints every problem as
 * `file:line  message`, in Chinese unless --lang en, and exits 1 without writing anything.
 */
import type { Lang } from '../lib/content/rules';
import { finish, parseCommandLine, readInput } from '../lib/import/cli';
import { importMessage } from '../lib/import/messages';
import { importPost } from '../lib/import/post';

const USAGE = (lang: Lang) => importMessage('usage-post', {}, lang);

const { file, values, lang } = parseCommandLine(
  process.argv.slice(2),
  { slug: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  USAGE,
);
const result = importPost(readInput(file, lang), { file, ...(typeof values.slug === 'string' ? { slug: values.slug } : {}) });
finish(file, result, { outDir: typeof values.out === 'string' ? values.out : 'content/qa', force: values.force === true, lang });
