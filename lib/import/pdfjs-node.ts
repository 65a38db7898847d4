/**
 * pdf.js for the command line: the legacy build (the modern one needs Node 22) and the
 * folders of its CMaps, standard fonts and decoders as file paths, which is how pdf.js
 * reads them under Node. The browser passes its own copy and URLs instead.
 * The minified files load several times faster: the others name megabytes of source maps,
 * which tsx and --enable-source-maps read.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfjsOptions } from './pdf-document';

export async function nodePdfjs(): Promise<PdfjsOptions> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  // Under Node pdf.js runs its worker in the same thread, importing this file.
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(path.join(root, 'legacy/build/pdf.worker.min.mjs')).href;
  const folder = (name: string) => `${path.join(root, name)}${path.sep}`;
  return { pdfjs, cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts'), wasmUrl: folder('wasm') };
}
