/**
 * Import one bulletin issue from its PDF: pdf.js reads the pages, their layout becomes the same
 * line stream the text importer reads, and the one parser and renderer make the Markdown.
 * Pictures above 图N captions come back as PNG bytes with the address the Markdown gives them.
 *
 * Runs in Node (scripts/import-bulletin.ts) and in the browser (the CMS): it takes the PDF's
 * bytes and pdf.js as arguments, reads no file and writes nothing.
 */
import { fileSizeLabel, MAX_PDF_BYTES, originalPdfUrl } from '../content/original-pdf';
import { type BulletinImportOptions, type ImportedBulletin, importBulletinLines } from './bulletin';
import { type ImportError, type ImportResult, importError, relocateImportError, sortImportErrors } from './errors';
import { dropPageFurniture } from './page-furniture';
import { type PdfjsOptions, type PdfPage, readPdf } from './pdf-document';
import { picturesAboveCaptions, pictureToPng } from './pdf-figures';
import { printPdfLines, readBlockEvidence } from './pdf-layout';
import { lookAlikesIn, toLineStream } from './printed-lines';

export type { PdfjsOptions } from './pdf-document';

export interface BulletinPdfOptions extends BulletinImportOptions, PdfjsOptions {
  /** Keep the PDF as the original, public/pdf/YYYY-NN.pdf, named in the front matter (the editor's imports do). */
  keepPdf?: boolean;
}

export interface ImportedBulletinPdf extends ImportedBulletin {
  /** The figures' pictures: `url` is the address the Markdown uses (/images/2024-04/fig-2.png), under the site's public/ folder. */
  images: { url: string; png: Uint8Array }[];
  /** The PDF itself when kept: `url` is /pdf/YYYY-NN.pdf, under public/. */
  original?: { url: string; bytes: Uint8Array };
}

/** Problems and notices name `page` and the line on it, counted from the top of the page. */
export async function importBulletinPdf(bytes: Uint8Array, options: BulletinPdfOptions): Promise<ImportResult<ImportedBulletinPdf>> {
  if (options.keepPdf && bytes.length > MAX_PDF_BYTES) {
    const tooLarge = importError('pdf-too-large', 1, { size: fileSizeLabel(bytes.length), max: fileSizeLabel(MAX_PDF_BYTES) });
    return { ok: false, errors: [{ ...tooLarge, page: 1 }] };
  }
  const read = await readPdf(bytes, options);
  if (!read.ok) return { ok: false, errors: [read.problem] };
  const { pages } = read;
  if (!pages.some((page) => page.runs.length > 0)) return { ok: false, errors: [{ ...noText(pages, options), page: 1 }] };

  const printed = printPdfLines(pages);
  const kept = dropPageFurniture(printed);
  readBlockEvidence(kept);
  const pictures = new Map(kept.flatMap((lines, index) => [...picturesAboveCaptions(lines, pages[index]?.pictures ?? [])]));
  const result = importBulletinLines(toLineStream(kept), {
    ...options,
    pictures: new Set(pictures.keys()),
    ...(options.keepPdf ? { keptPdf: true } : {}),
  });

  const where = new Map(printed.flat().map((line) => [line.no, { page: line.page, line: line.line }]));
  const locate = (problem: ImportError): ImportError => relocateImportError(problem, (line) => where.get(line) ?? { page: 1, line: 1 });
  // A page with only a picture on it may be a scanned page of the issue, whose text is missing.
  const scanned = pages
    .filter((page) => page.runs.length === 0 && page.pictures.length > 0)
    .map((page) => ({ ...importError('page-scanned', 1, { page: page.number }), page: page.number }));
  if (!result.ok)
    return {
      ok: false,
      errors: sortImportErrors([...result.errors.map(locate), ...scanned]),
      warnings: (result.warnings ?? []).map(locate),
    };
  const { figures, notices, warnings } = result.value;
  return {
    ok: true,
    value: {
      ...result.value,
      notices: sortImportErrors([...notices.map(locate), ...scanned]),
      warnings: sortImportErrors([...warnings.map(locate), ...scanned]),
      lookAlikes: lookAlikesIn(kept),
      images: figures.flatMap(({ line, url }) => {
        const picture = pictures.get(line);
        return picture ? [{ url, png: pictureToPng(picture) }] : [];
      }),
      ...(options.keepPdf ? { original: { url: originalPdfUrl(result.value.fileName.replace(/\.md$/u, '')), bytes } } : {}),
    },
  };
}

/** No text at all: a scan, or fonts whose CMaps pdf.js could not load. */
function noText(pages: readonly PdfPage[], options: PdfjsOptions): ImportError {
  if (pages.some((page) => page.pictures.length > 0)) return importError('pdf-scanned', 1, {});
  return importError('pdf-no-text', 1, { cMapUrl: options.cMapUrl });
}
