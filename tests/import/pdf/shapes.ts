/**
 * The PDF shapes the importer is tried on: a fixture issue (the Markdown the import must give
 * back) laid out one way, and the layout events that prove the shape holds the cases it is
 * there for. Each PDF is made once per test file and shared by its tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFixtureIssue } from './fixture-issue';
import { type BulletinLayout, type LaidOutPdf, type LayoutEvent, layOutBulletin } from './layout';

export const root = path.resolve(import.meta.dirname, '../../..');

export interface PdfShape {
  name: string;
  /** The Markdown the PDF must import to, relative to the repository. */
  fixture: string;
  layout: BulletinLayout;
  date?: string;
  events: LayoutEvent[];
  /**
   * pdftotext's default mode keeps no indents: a paragraph whose last line runs (nearly) to
   * the margin cannot be told from a wrapped line, and is joined to the next. The paragraphs
   * (their first words) this shape's default-mode text joins that way.
   */
  defaultModeJoins?: string[];
}

const A5 = [420, 595] as const;
const A4 = [595, 842] as const;

export const SHAPES: PdfShape[] = [
  {
    name: 'the seed issue as Word sets it: first-line indents, dashed page numbers, department over two lines',
    fixture: 'content/bulletins/2024-02.md',
    layout: { font: 'embedded', page: A5, paragraphs: 'indent', pageNumbers: 'dashed', departmentLines: 2 },
    events: [
      'paragraph split across pages',
      'item split across pages',
      'item title wrapped',
      'toc entry wrapped',
      'caption without picture',
      'department on two lines',
    ],
  },
  {
    name: 'multi-paragraph items with pictures above two captions and none above a third',
    fixture: 'tests/fixtures/import/pdf/2024-04.md',
    layout: { font: 'embedded', page: A5, paragraphs: 'indent', pageNumbers: 'plain', departmentLines: 1 },
    events: ['picture above caption', 'caption without picture', 'item title wrapped', 'item split across pages', 'toc entry wrapped'],
  },
  {
    name: 'block paragraphs: no indents, a gap between paragraphs',
    fixture: 'tests/fixtures/import/pdf/2024-04.md',
    layout: { font: 'embedded', page: A5, paragraphs: 'gap', pageNumbers: 'dashed', departmentLines: 2 },
    events: ['picture above caption', 'caption without picture', 'item split across pages', 'department on two lines'],
  },
  {
    name: 'ragged right: paragraphs not justified',
    fixture: 'tests/fixtures/import/pdf/2024-04.md',
    layout: { font: 'embedded', page: A5, paragraphs: 'indent', pageNumbers: 'dashed', departmentLines: 1, ragged: true },
    events: ['picture above caption', 'item title wrapped'],
  },
  {
    name: 'the seed issue on A4 in block paragraphs, 本期导读 without dot leaders (justified lines with numbers in them)',
    fixture: 'content/bulletins/2024-02.md',
    layout: { font: 'embedded', page: A4, paragraphs: 'gap', pageNumbers: 'plain', departmentLines: 2, tocLeaders: false },
    events: ['paragraph split across pages', 'item split across pages', 'department on two lines'],
  },
  {
    name: 'fewer sections: two, one subsection',
    fixture: 'tests/fixtures/import/expected/bulletins/2023-11.md',
    layout: { font: 'embedded', page: A5, paragraphs: 'indent', pageNumbers: 'plain', departmentLines: 1 },
    events: [],
    defaultModeJoins: ['二期建设将重点完善'],
  },
  {
    name: 'more sections: four, the last without subsections; 本期导读 page numbers without dot leaders',
    fixture: 'tests/fixtures/import/pdf/2025-01.md',
    layout: { font: 'embedded', page: A5, paragraphs: 'indent', pageNumbers: 'dashed', departmentLines: 1, tocLeaders: false },
    events: [],
  },
  {
    name: 'A4 pages, headings numbered 1、 and 1．',
    fixture: 'tests/fixtures/import/expected/bulletins/2024-05.md',
    date: '2024-05-20',
    layout: { font: 'embedded', page: A4, paragraphs: 'indent', pageNumbers: 'dashed', departmentLines: 1 },
    events: ['caption without picture'],
    defaultModeJoins: ['《措施》从夯实数字基础设施'],
  },
  {
    name: 'STSong-Light not embedded, text through the UniGB-UCS2-H CMap',
    fixture: 'content/bulletins/2024-02.md',
    layout: { font: 'cid', page: A5, paragraphs: 'indent', pageNumbers: 'dashed', departmentLines: 1 },
    events: ['paragraph split across pages', 'item split across pages', 'item title wrapped'],
  },
  {
    name: 'a font that maps its glyphs to Kangxi radicals: ⼀ for 一, ⽹ for 网',
    fixture: 'tests/fixtures/import/expected/bulletins/2023-11.md',
    layout: {
      font: 'embedded',
      page: A5,
      paragraphs: 'indent',
      pageNumbers: 'plain',
      departmentLines: 1,
      substitute: { 一: '⼀', 网: '⽹', 行: '⾏', 人: '⼈', 工: '⼯' },
    },
    events: [],
    defaultModeJoins: ['二期建设将重点完善'],
  },
  {
    name: 'CJK Radicals Supplement code points for 见 青 门 民 and the Kangxi radical for 户, as Chromium prints Noto Sans CJK (NFKC folds none of the first)',
    fixture: 'content/bulletins/2024-02.md',
    layout: {
      font: 'embedded',
      page: A5,
      paragraphs: 'indent',
      pageNumbers: 'dashed',
      departmentLines: 2,
      substitute: { 见: '⻅', 青: '⻘', 户: '⼾', 门: '⻔', 民: '⺠', 风: '⻛' },
    },
    events: [],
  },
];

export function readFixture(shape: PdfShape): string {
  return readFileSync(path.join(root, shape.fixture), 'utf8');
}

const made = new Map<PdfShape, Promise<LaidOutPdf>>();

export function pdfOf(shape: PdfShape): Promise<LaidOutPdf> {
  let pdf = made.get(shape);
  if (!pdf) {
    pdf = layOutBulletin(readFixtureIssue(readFixture(shape)), shape.layout);
    made.set(shape, pdf);
  }
  return pdf;
}

/** pdftotext's text of a PDF, default mode or `-layout`. CI installs poppler-utils for it. */
export function pdftotext(pdf: Uint8Array, mode: 'default' | 'layout'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdftotext-'));
  try {
    const file = path.join(dir, 'issue.pdf');
    writeFileSync(file, pdf);
    const result = spawnSync('pdftotext', [...(mode === 'layout' ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (result.error) throw new Error(`pdftotext did not run (${result.error.message}): install poppler-utils, as .ci/run does`);
    if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
