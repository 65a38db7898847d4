import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { expect, type Page, test } from '@playwright/test';
import { axeViolations, OUT_DIR, PAGES, SITE_ORIGIN, url } from './site';

const ITEM_URL = `${SITE_ORIGIN}/bulletins/2024-02/2-1-1/`;
const ITEM_TITLE = '中央网信办等11部门联合印发《关于开展第二批国家数字乡村试点工作的通知》';
const QA_URL = `${SITE_ORIGIN}/qa/digital-village-action-plan-2022-2025/`;

const panel = (page: Page) => page.locator('details.cite-panel').first();
const openPanel = async (page: Page) => {
  await panel(page).getByText('引用', { exact: true }).click();
  await expect(panel(page).getByText('GB/T 7714—2015')).toBeVisible();
};
/** The reader's today, as the page writes it. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

interface Csl {
  title?: string;
  'container-title'?: string;
  issue?: string | number;
  URL?: string;
  author?: Array<{ family?: string; literal?: string }>;
}
const parse = (text: string) => new Cite(text).data as Csl[];

test.describe('引用 panel', () => {
  test('an item: GB/T 7714 with today’s date, APA, and both copied', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url(PAGES.item));
    await openPanel(page);
    const gbt = `中国信息通信研究院. ${ITEM_TITLE}[J/OL]. 数字乡村发展动态, 2024(2)[${await today(page)}]. ${ITEM_URL}.`;
    await expect(panel(page).locator('dd').first()).toContainText(gbt);
    await panel(page).getByRole('button', { name: '复制 GB/T 7714 格式的引文' }).click();
    await expect(panel(page).getByRole('status').first()).toHaveText('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(gbt);

    const apa = `中国信息通信研究院. (2024). ${ITEM_TITLE}. 数字乡村发展动态, (2). ${ITEM_URL}`;
    await expect(panel(page).locator('dd').nth(1)).toContainText(apa);
    await expect(panel(page).locator('dd').nth(1).locator('i')).toHaveText('数字乡村发展动态');
    await panel(page).getByRole('button', { name: '复制 APA 格式的引文' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
  });

  test('an item: Highwire tags in the head for Zotero and Google Scholar', async ({ page }) => {
    await page.goto(url(PAGES.item));
    const meta = (name: string) => page.locator(`head meta[name="${name}"]`);
    await expect(meta('citation_title')).toHaveAttribute('content', ITEM_TITLE);
    await expect(meta('citation_journal_title')).toHaveAttribute('content', '数字乡村发展动态');
    await expect(meta('citation_issue')).toHaveAttribute('content', '2');
    await expect(meta('citation_publication_date')).toHaveAttribute('content', '2024');
    await expect(meta('citation_author')).toHaveAttribute('content', '中国信息通信研究院');
    await expect(meta('citation_publisher')).toHaveAttribute('content', '中国信息通信研究院');
    await expect(meta('citation_public_url')).toHaveAttribute('content', ITEM_URL);
    await expect(meta('citation_language')).toHaveAttribute('content', 'zh');
  });

  test('an item: the .bib and .ris downloads hold its reference', async ({ page }) => {
    await page.goto(url(PAGES.item));
    await openPanel(page);
    for (const [link, file] of [
      ['下载 BibTeX（.bib）', 'szxc_2024_02_2_1_1.bib'],
      ['下载 RIS（.ris）', 'szxc_2024_02_2_1_1.ris'],
    ] as const) {
      const download = page.waitForEvent('download');
      await panel(page).getByRole('link', { name: link }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe(file);
      const text = readFileSync((await saved.path()) as string, 'utf8');
      const [entry] = parse(text);
      expect(entry?.title, file).toBe(ITEM_TITLE);
      expect(entry?.['container-title'], file).toBe('数字乡村发展动态');
      expect(String(entry?.issue), file).toBe('2');
      expect(entry?.URL, file).toBe(ITEM_URL);
    }
  });

  test('a Q&A: every question has a panel citing the article at that question, [EB/OL]', async ({ page }) => {
    await page.goto(url(PAGES.qa));
    await expect(page.locator('details.cite-panel')).toHaveCount(6);
    const second = page.locator('#q2 details.cite-panel');
    await second.getByText('引用', { exact: true }).click();
    await expect(second.locator('dd').first()).toContainText(
      `网信中国. 中央网信办有关负责同志就《数字乡村发展行动计划（2022-2025年）》答记者问[EB/OL]. (2022-01-26)[${await today(page)}]. ${QA_URL}#q2.`,
    );
    await expect(page.locator('head meta[name="citation_publication_date"]')).toHaveAttribute('content', '2022/01/26');
    const download = page.waitForEvent('download');
    await second.getByRole('link', { name: '下载 RIS（.ris）' }).click();
    const [record] = parse(readFileSync((await (await download).path()) as string, 'utf8'));
    expect(record?.URL).toBe(QA_URL);
  });

  test('opens, copies and downloads by keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url(PAGES.item));
    const summary = panel(page).locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(panel(page).getByRole('button', { name: '复制 GB/T 7714 格式的引文' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('status').first()).toHaveText('已复制');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(panel(page).getByRole('link', { name: '下载 BibTeX（.bib）' })).toBeFocused();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe('szxc_2024_02_2_1_1.bib');
  });

  test('without JavaScript: the text, with a 引用日期 slot to fill in, and the downloads', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(PAGES.item));
    await openPanel(page);
    await expect(panel(page).locator('dd').first()).toContainText('2024(2)[引用日期].');
    await expect(panel(page).getByRole('button')).toHaveCount(0);
    await expect(panel(page).getByRole('link', { name: '下载 BibTeX（.bib）' })).toBeVisible();
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the open panel has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url(PAGES.item));
      await openPanel(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(url(PAGES.qa));
      for (const summary of await page.locator('details.cite-panel summary').all()) await summary.click();
      await expect(page.locator('details.cite-panel[open]')).toHaveCount(6);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('every .bib and .ris the build wrote parses back to the reference of its page', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^citation\.(bib|ris)$/.test(entry.name)) files.push(full);
    }
  };
  walk(OUT_DIR);
  // One pair per item and per Q&A article of the seed content.
  expect(files.filter((f) => f.endsWith('.bib'))).toHaveLength(13);
  expect(files.filter((f) => f.endsWith('.ris'))).toHaveLength(13);
  for (const file of files) {
    const html = readFileSync(path.join(path.dirname(file), 'index.html'), 'utf8');
    const tag = (name: string) =>
      new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
    const entries = parse(readFileSync(file, 'utf8'));
    expect(entries, file).toHaveLength(1);
    const [entry] = entries as [Csl];
    expect(entry.title, file).toBe(tag('citation_title'));
    expect(entry.URL, file).toBe(tag('citation_public_url'));
    expect(entry.author?.[0]?.literal ?? entry.author?.[0]?.family, file).toBe(tag('citation_author'));
    if (tag('citation_journal_title')) {
      expect(entry['container-title'], file).toBe(tag('citation_journal_title'));
      expect(String(entry.issue), file).toBe(tag('citation_issue'));
    }
  }
});
