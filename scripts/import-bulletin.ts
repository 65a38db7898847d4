/**
 * Import one bulletin issue from its PDF, or from the text extracted from it:
 *   npx tsx scripts/import-bulletin.ts <file.pdf|file.txt> [--out <dir>] [--public <dir>] [--date YYYY-MM-DD] [--force] [--no-pdf] [--lang en]
 * Writes <dir>/YYYY-NN.md (default content/bulletins), a PDF's figures as
 * public/images/YYYY-NN/fig-N.png and the PDF itself as public/pdf/YYYY-NN.pdf, or prints every problem as `file:line  message`
 * (`file.pdf:第N页第M行  message`), in Chinese unless --lang en, and exits 1 without writing anything.
 */

import type { Lang } from '../lib/content/rules';
import { importBulletin, isIsoDate } from '../lib/import/bulletin';
import { importBulletinPdf } from '../lib/import/bulletin-pdf';
import { decodeText, finish, parseCommandLine, readBytes } from '../lib/import/cli';
import { importMessage } from '../lib/import/messages';
import { nodePdfjs } from '../lib/import/pdfjs-node';
import { reviewSummary } from '../lib/import/review-summary';

const USAGE = (lang: Lang) => importMessage('usage-bulletin', {}, lang);

const { file, values, lang } = parseCommandLine(
  process.argv.slice(2),
  {
    out: { type: 'string' },
    public: { type: 'string' },
    date: { type: 'string' },
    force: { type: 'boolean' },
    'no-pdf': { type: 'boolean' },
  },
  USAGE,
);
if (typeof values.date === 'string' && !isIsoDate(values.date)) {
  console.error(`${importMessage('bad-date', { date: values.date }, lang)}\n\n${USAGE(lang)}`);
  process.exit(2);
}
const options = typeof values.date === 'string' ? { date: values.date } : {};
const bytes = readBytes(file, lang);
// A PDF by its name or its first bytes; anything else is text.
const isPdf = /\.pdf$/iu.test(file) || decodeText(bytes.subarray(0, 5)) === '%PDF-';
const result = isPdf
  ? await importBulletinPdf(bytes, { ...(await nodePdfjs()), ...options, keepPdf: values['no-pdf'] !== true })
  : importBulletin(decodeText(bytes), options);
finish(
  file,
  result.ok
    ? {
        ok: true,
        value: {
          ...result.value,
          summary: reviewSummary(file, result.value.sections, result.value.warnings, result.value.lookAlikes),
        },
      }
    : result,
  {
    outDir: typeof values.out === 'string' ? values.out : 'content/bulletins',
    force: values.force === true,
    publicDir: typeof values.public === 'string' ? values.public : 'public',
    lang,
  },
);
