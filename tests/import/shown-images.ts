/** Shared by the PDF import tests (Vitest only: it asserts with Vitest's expect). */
import { expect } from 'vitest';

/**
 * The pictures a fixture's Markdown shows (`fig-3.png`), each with the image the importer gave
 * for it: the importer must give one image per picture shown, in the same order and at the same URL.
 */
export function shownImages<T extends { url: string }>(markdown: string, images: readonly T[]): { image: T; figure: number }[] {
  const shown = [...markdown.matchAll(/^!\[[^\]]*\]\((\/images\/[^)]+\/fig-(\d+)\.png)\)$/gmu)];
  expect(images.map((image) => image.url)).toEqual(shown.map((m) => m[1]));
  return images.map((image, index) => ({ image, figure: Number(shown[index]?.[2]) }));
}
