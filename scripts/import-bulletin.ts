/**
 * Import one bulletin issue from the text extracted from its PDF (e.g. pdftotext):
 *   npx tsx scripts/import-bulletin.ts <file.txt> [--out <dir>] [--date YYYY-MM-DD] [--force]
 * Writes <dir>/YYYY-NN.md (default content/bulletins), or prints every problem as
 * `file:line  message` and exits 1 without writing anything.
 */
import { importBulletin, isIsoDate } from '../lib/import/bulletin';
import { finish, parseCommandLine, readInput } from '../lib/import/cli';

const USAGE = `usage: npx tsx scripts/import-bulletin.ts <file.txt> [--out <dir>] [--date YYYY-MM-DD] [--force]

  <file.txt>   text extracted from the bulletin PDF
  --out        folder to write YYYY-NN.md to (default: content/bulletins)
  --date       publication date for the front matter; leave it out when unknown
  --force      overwrite an existing file`;

const { file, values } = parseCommandLine(
  process.argv.slice(2),
  { out: { type: 'string' }, date: { type: 'string' }, force: { type: 'boolean' } },
  USAGE,
);
if (typeof values.date === 'string' && !isIsoDate(values.date)) {
  console.error(`--date ${values.date} is not a real date written YYYY-MM-DD\n\n${USAGE}`);
  process.exit(2);
}
const result = importBulletin(readInput(file), typeof values.date === 'string' ? { date: values.date } : {});
finish(file, result, typeof values.out === 'string' ? values.out : 'content/bulletins', values.force === true);
