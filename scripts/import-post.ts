/**
 * Import one Jekyll post (front matter + HTML body) as a Q&A article:
 *   npx tsx scripts/import-post.ts <file> [--slug <ascii-slug>] [--out <dir>] [--force] [--lang en]
 * Writes <dir>/<slug>.md (default content/qa), or prints every problem as
 * `file:line  message`, in Chinese unless --lang en, and exits 1 without writing anything.
 */
import { finish, parseCommandLine, readInput } from '../lib/import/cli';
import { importPost } from '../lib/import/post';

const USAGE = `usage: npx tsx scripts/import-post.ts <file> [--slug <ascii-slug>] [--out <dir>] [--force] [--lang en]

  <file>       the Jekyll post: front matter, then the HTML body
  --slug       file name for the article (lowercase ASCII, digits, dashes);
               required when the input's file name is not ASCII
  --out        folder to write <slug>.md to (default: content/qa)
  --force      overwrite an existing file
  --lang en    messages in English (default: Chinese, zh-CN)`;

const { file, values, lang } = parseCommandLine(
  process.argv.slice(2),
  { slug: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  USAGE,
);
const result = importPost(readInput(file, lang), { file, ...(typeof values.slug === 'string' ? { slug: values.slug } : {}) });
finish(file, result, { outDir: typeof values.out === 'string' ? values.out : 'content/qa', force: values.force === true, lang });
