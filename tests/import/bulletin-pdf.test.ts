import { decode } from 'fast-png';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBulletin } from '../../lib/import/bulletin';
import { importBulletinPdf } from '../../lib/import/bulletin-pdf';
import { formatImportError } from '../../lib/import/errors';
import type { PdfjsOptions } from '../../lib/import/pdf-document';
import { nodePdfjs } from '../../lib/import/pdfjs-node';
import { withoutPictures } from './pdf/fixture-issue';
import { type PdfShape, pdfOf, pdftotext, readFixture, SHAPES } from './pdf/shapes';
import { shownImages } from './shown-images';

let pdfjs: PdfjsOptions;
beforeAll(async () => {
  pdfjs = await nodePdfjs();
});

const problems = (file: string, result: { ok: false; errors: Parameters<typeof formatImportError>[1][] }) =>
  result.errors.map((e) => formatImportError(file, e)).join('\n');

function fromText(text: string, shape: PdfShape): string {
  const result = importBulletin(text, shape.date ? { date: shape.date } : {});
  if (!result.ok) throw new Error(problems('issue.txt', result));
  return result.value.markdown;
}

// Laying out an issue and reading it back takes seconds on a busy machine.
describe.each(SHAPES)('PDF shape: $name', { timeout: 120_000 }, (shape) => {
  const expected = readFixture(shape);

  it('the layout holds the cases the shape is there for', async () => {
    const { events } = await pdfOf(shape);
    expect([...events]).toEqual(expect.arrayContaining(shape.events));
  });

  it("pdf.js: imports to exactly the fixture's Markdown, pictures included", async () => {
    const { pdf, pictures } = await pdfOf(shape);
    const result = await importBulletinPdf(pdf, { ...pdfjs, ...(shape.date ? { date: shape.date } : {}) });
    if (!result.ok) throw new Error(problems('issue.pdf', result));
    expect(result.value.markdown).toBe(expected);
    // Each picture the Markdown shows comes back as a PNG of the very pixels that were printed.
    for (const { image, figure } of shownImages(expected, result.value.images)) {
      const printed = pictures.get(figure);
      const png = decode(image.png);
      expect({ width: png.width, height: png.height, channels: png.channels }).toEqual({
        width: printed?.width,
        height: printed?.height,
        channels: 3,
      });
      expect(Buffer.from(png.data as Uint8Array).equals(Buffer.from(printed?.rgb ?? []))).toBe(true);
    }
  });

  it('pdftotext -layout: its text imports to the same Markdown, without the pictures', async () => {
    const { pdf } = await pdfOf(shape);
    expect(fromText(pdftotext(pdf, 'layout'), shape)).toBe(withoutPictures(expected));
  });

  it('pdftotext: its text imports to the same Markdown, without the pictures', async () => {
    const { pdf } = await pdfOf(shape);
    let joined = withoutPictures(expected);
    for (const start of shape.defaultModeJoins ?? []) {
      expect(joined).toContain(`\n\n${start}`);
      joined = joined.replace(`\n\n${start}`, start);
    }
    expect(fromText(pdftotext(pdf, 'default'), shape)).toBe(joined);
  });
});

describe('PDF fonts that are not embedded', { timeout: 120_000 }, () => {
  const shape = SHAPES.find((s) => s.layout.font === 'cid') as PdfShape;

  it('give no text without the CMaps, so cMapUrl is what reads them', async () => {
    const { pdf } = await pdfOf(shape);
    const result = await importBulletinPdf(pdf, { ...pdfjs, cMapUrl: `${pdfjs.cMapUrl}missing/` });
    expect(result.ok ? [] : result.errors).toMatchObject([
      { page: 1, line: 1, message: expect.stringMatching(/^no text could be read from the PDF\. If a PDF reader shows its text/u) },
    ]);
  });
});
