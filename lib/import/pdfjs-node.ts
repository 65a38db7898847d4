/**
 * pdf.js for the command line: the legacy build (the modern one needs Node 22) and the
 * folders of its CMaps, standard fonts and decoders as file paths, which is how pdf.js
 * reads them under Node. The browser passes its own copy and URLs instead.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfjsOptions } from './pdf-document';

export async function nodePdfjs(): Promise<PdfjsOptions> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const folder = (name: string) => `${path.join(root, name)}${path.sep}`;
  return { pdfjs, cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts'), wasmUrl: folder('wasm') };
}
