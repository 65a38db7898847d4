import { expect, test } from '@playwright/test';
import { compareCodeUnits } from '../../lib/compare';
import { bulletinItems } from '../../lib/content/items';
import { loadSiteContent } from '../../lib/site/load';
import { url } from './site';

/** The counts the pages must show, from the content the site was built from. */
const { bulletins } = loadSiteContent(process.env.CONTENT_DIR ?? 'content');
const oldestIssue = [...bulletins].sort((a, b) => compareCodeUnits(a.id, b.id))[0];
const oldestIssueItems = oldestIssue ? bulletinItems(oldestIssue).length : 0;
const allItems = bulletins.reduce((n, bulletin) => n + bulletinItems(bulletin).length, 0);

test.describe('统计 and 开放数据', () => {
  test.use({ javaScriptEnabled: false });

  test('the stats page shows every chart without JavaScript, each a figure with a caption and a data table', async ({ page }) => {
    await page.goto(url('/stats/'));
    await expect(page.locator('h1')).toHaveText('统计');
    const figures = page.locator('figure.chart-figure');
    await expect(figures).toHaveCount(3);
    for (const figure of await figures.all()) {
      await expect(figure.locator('figcaption')).not.toBeEmpty();
      await expect(figure.locator('svg').first()).toBeVisible();
    }
    await expect(page.locator('.chart-data table')).toHaveCount(3);
    // The issue chart's columns carry their values for the mouse.
    await expect(page.locator('#chart-issues ~ figure svg title').first()).toContainText(`共 ${oldestIssueItems} 条`);
  });

  test('every bar and row links to the term page it counts, and that page exists', async ({ page, request }) => {
    await page.goto(url('/stats/'));
    const hrefs = await page.locator('.ranked-bars a, .chart-mark').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of new Set(hrefs)) {
      expect(href).toMatch(/\/(sources|policies|regions|bulletins)\/[^/]+\/$/);
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });

  test('the footer links the stats and the open data; the data page links files that download', async ({ page, request }) => {
    await page.goto(url('/'));
    await page.getByRole('contentinfo').getByRole('link', { name: '统计' }).click();
    await expect(page).toHaveURL(/\/stats\/$/);
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: /开放数据/ })
      .click();
    await expect(page.locator('h1')).toHaveText('开放数据');
    const csv = await request.get((await page.getByRole('link', { name: 'items.csv' }).getAttribute('href')) ?? '');
    expect(csv.status()).toBe(200);
    expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = await request.get((await page.getByRole('link', { name: 'items.json' }).getAttribute('href')) ?? '');
    expect((await json.json()).records).toHaveLength(allItems);
  });
});
