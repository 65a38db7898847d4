import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { normalizeText, PAGES, url } from './site';

/**
 * Nothing of the seeds may be lost: every line that is not boilerplate must appear in
 * the rendered page's text (compared NFKC-normalised, without whitespace, so the PDF's
 * half-width punctuation and page-break splits compare equal).
 */
// Copies of ../shared/seeds, kept in the repo so a clone tests without them.
const SEEDS = process.env.SEEDS_DIR ?? path.resolve('tests', 'fixtures', 'import', 'seeds');

function bulletinSeedLines(): string[] {
  return readFileSync(path.join(SEEDS, '000_21a9e8d9d6b1c3e3.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== 'CAICT 中国信通院')
    .map((line) => line.replace(/\.{2,}\s*\d+$/, '').replace(/\t\d+$/, '')) // TOC dot leaders and page numbers
    .map(normalizeText)
    .filter(Boolean);
}

function qaSeedLines(): string[] {
  const raw = readFileSync(path.join(SEEDS, '004_c1a3402a308d578a.txt'), 'utf8');
  const [, front = '', body = ''] = raw.split(/^---$/m);
  const title = /^title:\s*"(.*)"$/m.exec(front)?.[1] ?? '';
  const tags = /^tags:\s*(.*)$/m.exec(front)?.[1] ?? '';
  const html = body.split('\n').filter((line) => line.startsWith('<p'));
  const paragraphs = html
    .join('')
    .split(/<\/p>/)
    .map((p) => p.replace(/<[^>]+>/g, ''));
  return [title, tags, ...paragraphs].map(normalizeText).filter(Boolean);
}

test('every line of the bulletin seed appears on the issue page', async ({ page }) => {
  await page.goto(url(PAGES.issue));
  // innerText, not textContent: what a reader sees, without hidden markup.
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point
  const text = normalizeText(await page.locator('body').innerText());
  const lines = bulletinSeedLines();
  expect(lines.length).toBeGreaterThan(60);
  expect(lines.filter((line) => !text.includes(line))).toEqual([]);
});

test('every paragraph of the Q&A seed, its title, tags and original link appear on the Q&A page', async ({ page }) => {
  await page.goto(url(PAGES.qa));
  // innerText, not textContent: what a reader sees, without hidden markup.
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point
  const text = normalizeText(await page.locator('body').innerText());
  const lines = qaSeedLines();
  expect(lines.length).toBeGreaterThan(15);
  expect(lines.filter((line) => !text.includes(line))).toEqual([]);
  const original = /^<(http[^>]+)>$/m.exec(readFileSync(path.join(SEEDS, '004_c1a3402a308d578a.txt'), 'utf8'))?.[1];
  expect(original).toBeTruthy();
  await expect(page.locator(`a[href="${original}"]`).first()).toBeAttached();
});
