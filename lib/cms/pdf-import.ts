/**
 * 从 PDF 导入 in the browser: the command line's importer (lib/import/bulletin-pdf.ts) on the
 * pdf.js the admin page serves (admin/pdfjs/: the pinned pdfjs-dist's legacy build, as the command line uses, its worker,
 * the Chinese CMaps, standard fonts and decoders). pdf.js loads on the first import, never
 * with the page. The PDF is kept as the original, as `import:bulletin` keeps it:
 * the entry names /pdf/YYYY-NN.pdf and the widget stores the file there.
 */
import type * as Pdfjs from 'pdfjs-dist';
import { fileSizeLabel, MAX_PDF_BYTES } from '../content/original-pdf';
import { importBulletinPdf } from '../import/bulletin-pdf';
import { formatImportError } from '../import/errors';
import { reviewSummary } from '../import/review-summary';
import { type BulletinEntry, bulletinEntry } from './entry-file';

/** A file the import stores with the entry: `url` is its address on the site, public/ + `url` its path in the repository. */
export interface ImportedFile {
  file: File;
  url: string;
}

export type PdfImport =
  | {
      ok: true;
      entry: BulletinEntry;
      pictures: ImportedFile[];
      /** The PDF itself, /pdf/YYYY-NN.pdf, to be stored with the entry (the importer always keeps it here). */
      original: ImportedFile | undefined;
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

/** Why a PDF is too large to import and keep, in the editor's words; undefined when it is not. */
export function pdfTooLargeForCms(file: File): string | undefined {
  if (file.size <= MAX_PDF_BYTES) return undefined;
  return `${file.name} 为 ${fileSizeLabel(file.size)}，网站保存的原版 PDF 最大 ${fileSizeLabel(MAX_PDF_BYTES)}：请压缩图片后重新导出 PDF（Word：文件 → 另存为 → 压缩图片），再导入。`;
}

export async function importPdf(file: File, base: string): Promise<PdfImport> {
  const tooLarge = pdfTooLargeForCms(file);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const pdfjs = await loadPdfjs(base);
  const result = await importBulletinPdf(bytes, {
    pdfjs,
    cMapUrl: `${base}cmaps/`,
    standardFontDataUrl: `${base}standard_fonts/`,
    wasmUrl: `${base}wasm/`,
    keepPdf: true,
  });
  if (!result.ok) return { ok: false, problems: result.errors.map((error) => formatImportError(file.name, error)) };
  const { markdown, images, notices, sections, warnings, lookAlikes, original } = result.value;
  return {
    ok: true,
    entry: bulletinEntry(markdown),
    // Named as the Markdown shows them (/images/2024-05/fig-1.png): Decap stores them in that folder.
    pictures: images.map(({ url, png }) => ({ url, file: new File([png as BlobPart], fileName(url), { type: 'image/png' }) })),
    original: original && {
      url: original.url,
      file: new File([original.bytes as BlobPart], fileName(original.url), { type: 'application/pdf' }),
    },
    notices: notices.map((notice) => formatImportError(file.name, notice)),
    summary: reviewSummary(file.name, sections, warnings, lookAlikes),
  };
}

/** The last segment of a site address: Decap stores a file under its field's folder by this name. */
function fileName(url: string): string {
  return url.split('/').at(-1) ?? url;
}
