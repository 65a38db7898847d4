/**
 * The word-processor fixtures: a fixture issue laid out by LibreOffice Writer one way each.
 * Their PDFs are committed (tests/fixtures/import/word/), so the tests need no LibreOffice;
 * `npm run fixtures:word` writes the .fodt sources and exports them again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../pdf/shapes';
import type { WordLayout } from './fodt';

export interface WordFixture {
  /** File name of the PDF, without .pdf. */
  name: string;
  /** What the layout is there for. */
  covers: string;
  /** The Markdown the PDF must import to, relative to the repository (without the cover's date). */
  fixture: string;
  layout: WordLayout;
}

export const WORD_DIR = path.join(root, 'tests/fixtures/import/word');

export const WORD_FIXTURES: WordFixture[] = [
  {
    name: 'seed-a5-roman-front-matter',
    covers:
      'the seed issue on A5: cover with logo text and date, 本期导读 numbered i, ii with dot leaders, header and "- 3 -" footer, first-line indents without paragraph spacing',
    fixture: 'content/bulletins/2024-02.md',
    layout: {
      page: 'A5',
      font: 'Noto Serif CJK SC',
      header: 'one line',
      footer: 'dashed',
      romanFrontMatter: true,
      indent: 'style',
      paragraphGap: 0,
      coverDate: '2024年2月29日',
      coverLogo: true,
      boldHeadings: true,
    },
  },
  {
    name: 'figures-a5-ideographic-indents',
    covers:
      'embedded PNG figures above captions, paragraphs indented with U+3000, a two-line header, "第 3 页" with a footer line above it',
    fixture: 'tests/fixtures/import/pdf/2024-04.md',
    layout: {
      page: 'A5',
      font: 'Noto Sans CJK SC',
      header: 'two lines',
      footer: 'chinese',
      footerText: true,
      indent: 'ideographic',
      paragraphGap: 0,
    },
  },
  {
    name: 'four-sections-a4-spaced',
    covers:
      'A4, every third paragraph with character spacing (extraction spreads it a space between characters), "3 / 8" footer, no header',
    fixture: 'tests/fixtures/import/pdf/2025-01.md',
    layout: { page: 'A4', font: 'Noto Serif CJK SC', header: 'none', footer: 'of total', indent: 'style', paragraphGap: 0, spaced: 4 },
  },
  {
    name: 'fewer-a5-paragraph-spacing',
    covers: 'an indent and a gap between paragraphs, plain page numbers, headings not bold',
    fixture: 'tests/fixtures/import/expected/bulletins/2023-11.md',
    layout: {
      page: 'A5',
      font: 'Noto Sans CJK SC',
      header: 'one line',
      footer: 'plain',
      indent: 'style',
      paragraphGap: 6,
      coverLogo: true,
    },
  },
  {
    name: 'numbered-a4-roman-ideographic',
    covers: 'A4 with Roman-numbered 本期导读, U+3000 indents, a cover date, bold headings',
    fixture: 'tests/fixtures/import/expected/bulletins/2024-05.md',
    layout: {
      page: 'A4',
      font: 'Noto Sans CJK SC',
      header: 'one line',
      footer: 'dashed',
      romanFrontMatter: true,
      indent: 'ideographic',
      paragraphGap: 0,
      coverDate: '2024年5月20日',
      boldHeadings: true,
    },
  },
  {
    name: 'seed-a4-spaced-two-line-header',
    covers: 'the seed issue on A4: two-line header, "3 / 8" footer, spaced paragraphs, Roman front matter',
    fixture: 'content/bulletins/2024-02.md',
    layout: {
      page: 'A4',
      font: 'Noto Serif CJK SC',
      header: 'two lines',
      footer: 'of total',
      romanFrontMatter: true,
      indent: 'style',
      paragraphGap: 0,
      spaced: 3,
      coverLogo: true,
    },
  },
];

/** `2024年2月29日` → `2024-02-29`. */
export function isoDate(printed: string): string {
  const [, y = '', m = '', d = ''] = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u.exec(printed) ?? [];
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The Markdown the fixture's PDF imports to: the fixture, with the cover's date when it prints one. */
export function expectedMarkdown(fixture: WordFixture): string {
  const markdown = readFileSync(path.join(root, fixture.fixture), 'utf8');
  if (!fixture.layout.coverDate || /^date: /mu.test(markdown)) return markdown;
  const end = markdown.indexOf('\n---\n', 4);
  return `${markdown.slice(0, end)}\ndate: ${isoDate(fixture.layout.coverDate)}${markdown.slice(end)}`;
}
