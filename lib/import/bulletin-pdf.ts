/**
 * Import one bulletin issue from its PDF: pdf.js reads the pages, their layout becomes the same
 * line stream the text importer reads, and the one parser and renderer make the Markdown.
 * Pictures above 图N captions come back as PNG bytes with the address the Markdown gives them.
 *
 * Runs in Node (scripts/import-bulletin.ts) and in the browser (the CMS): it takes the PDF's
 * bytes and pdf.js as arguments, reads no file and writes nothing.
 */
import { type BulletinImportOptions, type ImportedBulletin, importBulletinLines } from './bulletin';
import { type ImportError, type ImportResult, sortImportErrors } from './errors';
import { dropPageFurniture } from './page-furniture';
import { type PdfjsOptions, type PdfPage, readPdf } from './pdf-document';
import { picturesAboveCaptions, pictureToPng } from './pdf-figures';
import { printPdfLines, readBlockEvidence } from './pdf-layout';
import { toLineStream } from './printed-lines';

export type { PdfjsOptions } from './pdf-document';

export interface BulletinPdfOptions extends BulletinImportOptions, PdfjsOptions {}

export interface ImportedBulletinPdf extends ImportedBulletin {
  /** The figures' pictures: `url` is the address the Markdown uses (/images/2024-04/fig-2.png), under the site's public/ folder. */
  images: { url: string; png: Uint8Array }[];
}

/** Problems and notices name `page` and the line on it, counted from the top of the page. */
export async function importBulletinPdf(bytes: Uint8Array, options: BulletinPdfOptions): Promise<ImportResult<ImportedBulletinPdf>> {
  const read = await readPdf(bytes, options);
  if (!read.ok) return { ok: false, errors: [{ page: read.page, line: 1, message: read.problem }] };
  const { pages } = read;
  if (!pages.some((page) => page.runs.length > 0)) return { ok: false, errors: [{ page: 1, line: 1, message: noText(pages, options) }] };

  const printed = printPdfLines(pages);
  const kept = dropPageFurniture(printed);
  readBlockEvidence(kept);
  const pictures = new Map(kept.flatMap((lines, index) => [...picturesAboveCaptions(lines, pages[index]?.pictures ?? [])]));
  const result = importBulletinLines(toLineStream(kept), { ...options, pictures: new Set(pictures.keys()) });

  const where = new Map(printed.flat().map((line) => [line.no, { page: line.page, line: line.line }]));
  const locate = (problem: ImportError): ImportError => ({ ...problem, ...(where.get(problem.line) ?? { page: 1, line: 1 }) });
  // A page with only a picture on it may be a scanned page of the issue, whose text is missing.
  const scanned = pages
    .filter((page) => page.runs.length === 0 && page.pictures.length > 0)
    .map((page) => ({
      page: page.number,
      line: 1,
      message: `page ${page.number} has no text, only a picture (a scanned page?): nothing on it is imported; type its text in`,
    }));
  if (!result.ok)
    return {
      ok: false,
      errors: sortImportErrors([...result.errors.map(locate), ...scanned]),
      warnings: (result.warnings ?? []).map(locate),
    };
  const { figures, notices } = result.value;
  return {
    ok: true,
    value: {
      ...result.value,
      notices: sortImportErrors([...notices.map(locate), ...scanned]),
      images: figures.flatMap(({ line, url }) => {
        const picture = pictures.get(line);
        return picture ? [{ url, png: pictureToPng(picture) }] : [];
      }),
    },
  };
}

const NEW_ISSUE = 'npm run new:issue -- --year YYYY --number N';

/** No text at all: a scan, or fonts whose CMaps pdf.js could not load. */
function noText(pages: readonly PdfPage[], options: PdfjsOptions): string {
  if (pages.some((page) => page.pictures.length > 0)) {
    return `the PDF has no text layer: its pages are pictures (a scan?), so there is no text to import. Write the issue from the PDF instead: ${NEW_ISSUE}`;
  }
  return `no text could be read from the PDF. If a PDF reader shows its text, its fonts are not embedded and pdf.js found no CMaps at ${options.cMapUrl}; if it is a scan, write the issue from the PDF instead: ${NEW_ISSUE}`;
}
