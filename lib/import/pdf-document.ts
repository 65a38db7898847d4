/**
 * A PDF read with pdf.js: each page's text runs with their positions, and the pictures painted
 * on it with their pixels. The one module that talks to pdf.js. The caller passes pdf.js in
 * with where its data lives, so this runs alike in Node (the legacy build, file paths) and in
 * the browser (the site's copy, URLs); it uses nothing of Node's.
 */
import type * as Pdfjs from 'pdfjs-dist';
import { type ImportError, importError } from './errors';

export interface PdfjsOptions {
  /**
   * The pdf.js module: `pdfjs-dist/legacy/build/pdf.mjs` in Node (6.x needs Node 22), the site's
   * copy in the browser, its GlobalWorkerOptions.workerSrc set by the caller.
   */
  pdfjs: Pick<typeof Pdfjs, 'getDocument' | 'OPS' | 'ImageKind'>;
  /**
   * pdfjs-dist's `cmaps/` folder, ending in `/`: a file path in Node, a URL in the browser.
   * Chinese text in a font the PDF only names (STSong-Light with UniGB-UCS2-H) reads as nothing without it.
   */
  cMapUrl: string;
  /** pdfjs-dist's `standard_fonts/` folder, for the 14 standard fonts a PDF may name without embedding. */
  standardFontDataUrl?: string;
  /** pdfjs-dist's `wasm/` folder: decoders for JPEG 2000 pictures. */
  wasmUrl?: string;
}

/** One run of text on one baseline, in points, y from the top of the page. */
export interface PdfTextRun {
  text: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  /** Font size: the height of the text. */
  size: number;
}

/** A picture painted on a page: where (points, from the top of the page) and its pixels, row by row. */
export interface PdfPicture {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  /** 1 (grey), 3 (RGB) or 4 (RGBA) bytes a pixel. */
  channels: 1 | 3 | 4;
  pixels: Uint8Array;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: PdfTextRun[];
  pictures: PdfPicture[];
}

/** `problem` names the page it is on. */
export type PdfReadResult = { ok: true; pages: PdfPage[] } | { ok: false; problem: ImportError };

export async function readPdf(bytes: Uint8Array, options: PdfjsOptions): Promise<PdfReadResult> {
  const task = options.pdfjs.getDocument({
    // pdf.js hands the buffer to its worker, which detaches it: give it a copy.
    data: bytes.slice(),
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
    ...(options.wasmUrl ? { wasmUrl: options.wasmUrl } : {}),
    // Pixels as plain bytes in Node and in the browser alike, and no eval under the site's CSP.
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  let document: Pdfjs.PDFDocumentProxy;
  try {
    document = await task.promise;
  } catch (e) {
    const name = (e as Error).name;
    const problem =
      name === 'PasswordException'
        ? importError('pdf-password', 1, {})
        : importError('pdf-unreadable', 1, { detail: (e as Error).message });
    return { ok: false, problem: { ...problem, page: 1 } };
  }
  const pages: PdfPage[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      try {
        pages.push(await readPage(await document.getPage(number), options));
      } catch (e) {
        const problem = importError('pdf-page-unreadable', 1, { page: number, detail: (e as Error).message });
        return { ok: false, problem: { ...problem, page: number } };
      }
    }
    return { ok: true, pages };
  } finally {
    await task.destroy();
  }
}

async function readPage(page: Pdfjs.PDFPageProxy, options: PdfjsOptions): Promise<PdfPage> {
  const [left, bottom, right, top] = page.view as [number, number, number, number];
  const runs: PdfTextRun[] = [];
  for (const item of (await page.getTextContent()).items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [, , c, d, e, f] = item.transform as number[];
    runs.push({ text: item.str, x: (e ?? 0) - left, y: top - (f ?? 0), width: item.width, size: Math.hypot(c ?? 0, d ?? 0) });
  }
  return {
    number: page.pageNumber,
    width: right - left,
    height: top - bottom,
    runs,
    pictures: await readPictures(page, options, left, top),
  };
}

type Matrix = [number, number, number, number, number, number];

/** PDF's `cm`: the new matrix applies first, then the current one. */
function multiply(m: readonly number[], by: Matrix): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  return [
    a * by[0] + b * by[2],
    a * by[1] + b * by[3],
    c * by[0] + d * by[2],
    c * by[1] + d * by[3],
    e * by[0] + f * by[2] + by[4],
    e * by[1] + f * by[3] + by[5],
  ];
}

interface ImageData {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/** Pictures from the operator list: the current matrix maps the unit square onto the page. */
async function readPictures(page: Pdfjs.PDFPageProxy, options: PdfjsOptions, left: number, top: number): Promise<PdfPicture[]> {
  const { OPS } = options.pdfjs;
  const list = await page.getOperatorList();
  const pictures: PdfPicture[] = [];
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  for (const [i, fn] of list.fnArray.entries()) {
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(matrix);
    else if (fn === OPS.restore) matrix = stack.pop() ?? matrix;
    else if (fn === OPS.transform) matrix = multiply(args as number[], matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(matrix);
      if (Array.isArray(args[0])) matrix = multiply(args[0] as number[], matrix);
    } else if (fn === OPS.paintFormXObjectEnd) matrix = stack.pop() ?? matrix;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      const image = fn === OPS.paintInlineImageXObject ? (args[0] as ImageData) : await imageObject(page, String(args[0]));
      const pixels = image && toPixels(image, options.pdfjs.ImageKind);
      if (!pixels) continue;
      const xs = [matrix[4], matrix[4] + matrix[0], matrix[4] + matrix[2], matrix[4] + matrix[0] + matrix[2]];
      const ys = [matrix[5], matrix[5] + matrix[1], matrix[5] + matrix[3], matrix[5] + matrix[1] + matrix[3]];
      pictures.push({
        left: Math.min(...xs) - left,
        right: Math.max(...xs) - left,
        top: top - Math.max(...ys),
        bottom: top - Math.min(...ys),
        width: image.width,
        height: image.height,
        ...pixels,
      });
    }
  }
  return pictures;
}

function imageObject(page: Pdfjs.PDFPageProxy, id: string): Promise<ImageData | undefined> {
  // Pictures used on several pages live in the document's objects, `g_`-prefixed.
  const objects = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    objects.get(id, (image: unknown) => resolve((image as ImageData | null) ?? undefined));
  });
}

/** pdf.js's decoded pixels as 1, 3 or 4 bytes a pixel; 1-bit images unpacked to grey. */
function toPixels(image: ImageData, kinds: typeof Pdfjs.ImageKind): Pick<PdfPicture, 'channels' | 'pixels'> | undefined {
  const { data, width, height } = image;
  if (!data) return undefined;
  if (image.kind === kinds.RGB_24BPP) return { channels: 3, pixels: new Uint8Array(data) };
  if (image.kind === kinds.RGBA_32BPP) return { channels: 4, pixels: new Uint8Array(data) };
  if (image.kind === kinds.GRAYSCALE_1BPP) {
    const rowBytes = Math.ceil(width / 8);
    const pixels = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const bit = ((data[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
        pixels[y * width + x] = bit ? 255 : 0;
      }
    }
    return { channels: 1, pixels };
  }
  return undefined;
}
