/**
 * Figures in a PDF: the picture printed right above a 图N caption belongs to it, and is saved
 * as PNG (fast-png: plain JavaScript, so the browser can run it too). A picture with no
 * caption below it (a logo, a cover photo) is not a figure of the bulletin.
 */
import { encode } from 'fast-png';
import { classifyLine } from './bulletin-lines';
import type { PdfPicture } from './pdf-document';
import type { GeometricLine } from './pdf-layout';

/** How far above its caption a picture may end, in caption font sizes. */
const NEAR = 4;

/** Stream line of each caption → the picture above it, on the caption's page. */
export function picturesAboveCaptions(lines: readonly GeometricLine[], pictures: readonly PdfPicture[]): Map<number, PdfPicture> {
  const placed = new Map<number, PdfPicture>();
  const used = new Set<PdfPicture>();
  for (const caption of lines) {
    if (classifyLine(caption.text).kind !== 'caption') continue;
    const { y, size, left, right } = caption.geometry;
    const captionTop = y - size;
    const candidates = pictures.filter(
      (picture) =>
        !used.has(picture) &&
        picture.bottom <= captionTop + size / 2 &&
        captionTop - picture.bottom <= NEAR * size &&
        picture.left < right &&
        picture.right > left &&
        // Nothing printed between the picture and its caption.
        !lines.some((other) => other.geometry.y > picture.bottom && other.geometry.y < y),
    );
    const nearest = candidates.sort((a, b) => b.bottom - a.bottom)[0];
    if (nearest) {
      placed.set(caption.no, nearest);
      used.add(nearest);
    }
  }
  return placed;
}

export function pictureToPng(picture: PdfPicture): Uint8Array {
  return encode({ width: picture.width, height: picture.height, data: picture.pixels, channels: picture.channels, depth: 8 });
}
