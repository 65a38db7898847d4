/**
 * 从 PDF 导入 in the browser: the command line's importer (lib/import/bulletin-pdf.ts) on the
 * pdf.js the admin page serves (admin/pdfjs/: the pinned pdfjs-dist's legacy build, as the command line uses, its worker,
 * the Chinese CMaps, standard fonts and decoders). pdf.js loads on the first import, never
 * with the page.
 */
import type * as Pdfjs from 'pdfjs-dist';
import { importBulletinPdf } from '../import/bulletin-pdf';
import { formatImportError } from '../import/errors';
import { reviewSummary } from '../import/review-summary';
import { type BulletinEntry, bulletinEntry } from './entry-file';

export type PdfImport =
  | {
      ok: true;
      entry: BulletinEntry;
      pictures: File[];
      notices: string[];
      /** What to check against the PDF, as the command line prints it (lib/import/review-summary.ts). */
      summary: string[];
    }
  | { ok: false; problems: string[] };

let pdfjsLoaded: Promise<typeof Pdfjs> | undefined;

/** `base` is the URL of admin/pdfjs/, ending in `/`. */
function loadPdfjs(base: string): Promise<typeof Pdfjs> {
  pdfjsLoaded ??= (import(`${base}pdf.min.mjs`) as Promise<typeof Pdfjs>).then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = `${base}pdf.worker.min.mjs`;
    return pdfjs;
  });
  return pdfjsLoaded;
}

export async function importPdf(file: File, base: string): Promise<PdfImport> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const pdfjs = await loadPdfjs(base);
  const result = await importBulletinPdf(bytes, {
    pdfjs,
    cMapUrl: `${base}cmaps/`,
    standardFontDataUrl: `${base}standard_fonts/`,
    wasmUrl: `${base}wasm/`,
  });
  if (!result.ok) return { ok: false, problems: result.errors.map((error) => formatImportError(file.name, error)) };
  const { markdown, images, notices, sections, warnings, lookAlikes } = result.value;
  return {
    ok: true,
    entry: bulletinEntry(markdown),
    // Named as the Markdown shows them (/images/2024-05/fig-1.png): Decap stores them in that folder.
    pictures: images.map(({ url, png }) => new File([png as BlobPart], url.split('/').at(-1) ?? url, { type: 'image/png' })),
    notices: notices.map((notice) => formatImportError(file.name, notice)),
    summary: reviewSummary(file.name, sections, warnings, lookAlikes),
  };
}
