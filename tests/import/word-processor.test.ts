/**
 * Bulletins laid out by a word processor (LibreOffice Writer, as the publisher's Word or WPS
 * does) import exactly: every item's text, from the PDF through pdf.js and from its
 * `pdftotext -layout` text. The PDFs are committed (tests/import/word/make-fixtures.ts makes
 * them), and each shows in its extracted text the case it is there for.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from 'fast-png';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PDF_BYTES } from '../../lib/content/original-pdf';
import { importBulletin } from '../../lib/import/bulletin';
import { importBulletinPdf } from '../../lib/import/bulletin-pdf';
import { formatImportError, type ImportError } from '../../lib/import/errors';
import type { PdfjsOptions } from '../../lib/import/pdf-document';
import { nodePdfjs } from '../../lib/import/pdfjs-node';
import { withoutPictures } from './pdf/fixture-issue';
import { makePicture } from './pdf/layout';
import { pdftotext } from './pdf/shapes';
import { shownImages } from './shown-images';
import { expectedMarkdown, WORD_DIR, WORD_FIXTURES, type WordFixture } from './word/fixtures';

let pdfjs: PdfjsOptions;
beforeAll(async () => {
  pdfjs = await nodePdfjs();
});

const problems = (errors: readonly ImportError[]) => errors.map((e) => formatImportError('issue', e)).join('\n');
const pdfOf = (fixture: WordFixture) => new Uint8Array(readFileSync(path.join(WORD_DIR, `${fixture.name}.pdf`)));

/** What the extracted text must show for the fixture to hold its cases. */
const EVIDENCE: Record<string, RegExp[]> = {
  'seed-a5-roman-front-matter': [/^\s*-\s*i\s*-\s*$/mu, /^\s*-\s*ii\s*-\s*$/mu, /^\s*2024 年 2 月 29 日$/mu, /\.{10,}\s*\d$/mu],
  'figures-a5-ideographic-indents': [/第\s*\d\s*页/u, /版权所有/u, /^\s+CAICT 中国信通院\n\s+数字乡村发展动态$/mu],
  'four-sections-a4-spaced': [/^\s*\d+\s*\/\s*\d+$/mu],
  'fewer-a5-paragraph-spacing': [/^\s*\d$/mu],
  'numbered-a4-roman-ideographic': [/^\s*-\s*i\s*-\s*$/mu, /2024 年 5 月 20 日/u],
  'seed-a4-spaced-two-line-header': [/^\s*i\s*\/\s*x$/mu, /^\s*\d+\s*\/\s*\d+$/mu],
};

describe.each(WORD_FIXTURES)('word-processor PDF: $name', { timeout: 120_000 }, (fixture) => {
  const expected = expectedMarkdown(fixture);

  it('shows the cases it is there for', () => {
    const text = pdftotext(pdfOf(fixture), 'layout');
    for (const evidence of EVIDENCE[fixture.name] ?? []) expect(text).toMatch(evidence);
  });

  it('pdf.js: imports to exactly the fixture, pictures included', async () => {
    const result = await importBulletinPdf(pdfOf(fixture), pdfjs);
    if (!result.ok) throw new Error(problems(result.errors));
    expect(result.value.markdown).toBe(expected);
    for (const { image, figure } of shownImages(expected, result.value.images)) {
      const printed = makePicture(figure);
      const png = decode(image.png);
      expect({ width: png.width, height: png.height }).toEqual({ width: printed.width, height: printed.height });
      // Writer exports pictures as JPEG by default, as Word does: close to the pixels, not equal.
      const data = png.data as Uint8Array;
      let difference = 0;
      for (let i = 0; i < printed.rgb.length; i++) {
        const at = Math.floor(i / 3) * png.channels + (i % 3);
        difference += Math.abs((data[at] ?? 0) - (printed.rgb[i] ?? 0));
      }
      expect(difference / printed.rgb.length).toBeLessThan(8);
    }
  });

  it('pdftotext -layout: its text imports to the same, without the pictures', () => {
    const result = importBulletin(pdftotext(pdfOf(fixture), 'layout'));
    if (!result.ok) throw new Error(problems(result.errors));
    expect(result.value.markdown).toBe(withoutPictures(expected));
  });
});

describe('word-processor fixtures', () => {
  it('between them hold pictures, Roman front matter, a cover date and letter-spaced paragraphs', () => {
    const layouts = WORD_FIXTURES.map((f) => f.layout);
    expect(WORD_FIXTURES.length).toBeGreaterThanOrEqual(6);
    expect(layouts.some((l) => l.romanFrontMatter)).toBe(true);
    expect(layouts.some((l) => l.coverDate)).toBe(true);
    expect(layouts.some((l) => l.spaced)).toBe(true);
    expect(layouts.some((l) => l.indent === 'ideographic')).toBe(true);
    expect(WORD_FIXTURES.some((f) => /^!\[/mu.test(expectedMarkdown(f)))).toBe(true);
  });
});

describe('the original PDF is kept', { timeout: 120_000 }, () => {
  const fixture = WORD_FIXTURES[0] as WordFixture;

  it('named in the front matter as /pdf/YYYY-NN.pdf, its bytes handed back to be written under public/', async () => {
    const pdf = pdfOf(fixture);
    const result = await importBulletinPdf(pdf, { ...pdfjs, keepPdf: true });
    if (!result.ok) throw new Error(problems(result.errors));
    expect(result.value.markdown).toBe(expectedMarkdown(fixture).replace('\n---\n', '\npdf: /pdf/2024-02.pdf\n---\n'));
    expect(result.value.original?.url).toBe('/pdf/2024-02.pdf');
    expect(result.value.original?.bytes).toEqual(pdf);
  });

  it('up to 20 MB: a larger PDF is refused with its size, before it is read', async () => {
    const result = await importBulletinPdf(new Uint8Array(MAX_PDF_BYTES + 1), { ...pdfjs, keepPdf: true });
    expect(result.ok ? [] : result.errors).toMatchObject([
      {
        page: 1,
        line: 1,
        message:
          'the PDF is 20.0 MB: the site keeps an original of at most 20.0 MB; export it again with compressed pictures (Word: 文件 → 另存为 → 压缩图片), or import without keeping it (--no-pdf)',
      },
    ]);
  });
});
