import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { encode } from 'fast-png';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBulletinPdf } from '../../lib/import/bulletin-pdf';
import { formatImportError } from '../../lib/import/errors';
import type { PdfjsOptions } from '../../lib/import/pdf-document';
import { nodePdfjs } from '../../lib/import/pdfjs-node';
import { readFixtureIssue } from './pdf/fixture-issue';
import { layOutBulletin } from './pdf/layout';
import { root } from './pdf/shapes';

let pdfjs: PdfjsOptions;
beforeAll(async () => {
  pdfjs = await nodePdfjs();
});

async function problems(pdf: Uint8Array): Promise<string[]> {
  const result = await importBulletinPdf(pdf, pdfjs);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((e) => formatImportError('2023-11.pdf', e, 'en'));
}

/** A PDF of pages that are only pictures, as a scanner makes them. */
async function scan(pages: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: [420, 595], margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const png = encode({ width: 4, height: 4, data: new Uint8Array(48).fill(200), channels: 3, depth: 8 });
  for (let page = 0; page < pages; page++) {
    if (page > 0) doc.addPage();
    doc.image(Buffer.from(png), 0, 0, { width: 420, height: 595 });
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe('PDF import: problems', { timeout: 120_000 }, () => {
  it('names the page and the line on it, counted from the top of the page, for each problem', async () => {
    const issue = readFixtureIssue(readFileSync(path.join(root, 'tests/fixtures/import/expected/bulletins/2023-11.md'), 'utf8'));
    const first = issue.sections[0]?.items[0];
    const second = issue.sections[1]?.subsections[0]?.items[1];
    if (!first || !second) throw new Error('fixture changed');
    first.blocks = first.blocks.filter((block) => block.kind !== 'source');
    second.number = 3;
    const { pdf } = await layOutBulletin(issue, {
      font: 'embedded',
      page: [420, 595],
      paragraphs: 'indent',
      pageNumbers: 'plain',
      departmentLines: 1,
    });
    // Page 3: line 1 the header, 2 一、中央精神, 3 the first item; the misnumbered item is line 18.
    expect(await problems(pdf)).toEqual([
      '2023-11.pdf:page 3:line 3  item 1 "中央农村工作会议在京召开" has no source line: add （信息来源：…） after its text',
      '2023-11.pdf:page 3:line 18  item 3. is out of order: expected item number 2',
    ]);
  });

  it('says plainly when a PDF has no text layer, and suggests new:issue', async () => {
    expect(await problems(await scan(2))).toEqual([
      '2023-11.pdf:page 1:line 1  the PDF has no text layer: its pages are pictures (a scan?), so there is no text to import. Write the issue from the PDF instead: npm run new:issue -- --year YYYY --number N',
    ]);
  });

  it('says when the file is not a PDF it can read', async () => {
    const [problem] = await problems(new TextEncoder().encode('数字乡村发展动态 (2024 年第 4 期)'));
    expect(problem).toMatch(/^2023-11\.pdf:page 1:line 1 {2}cannot read the PDF: /u);
  });
});

describe('PDF import in the browser', () => {
  it('bundles for the browser: nothing of Node in lib/import/bulletin-pdf.ts and what it imports', async () => {
    // esbuild refuses Node's built-in modules on the browser platform, so this fails on any node: import.
    const result = await build({
      entryPoints: [path.join(root, 'lib/import/bulletin-pdf.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text).not.toMatch(/from ["']node:|require\(["'](fs|path|module)["']\)/u);
  });
});
