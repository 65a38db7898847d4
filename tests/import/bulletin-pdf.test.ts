import { describe, expect, it } from 'vitest';
import { importBulletin } from '../../lib/import/bulletin';
import { formatImportError } from '../../lib/import/errors';
import { withoutPictures } from './pdf/fixture-issue';
import { type PdfShape, pdfOf, pdftotext, readFixture, SHAPES } from './pdf/shapes';

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
