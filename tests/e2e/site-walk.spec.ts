import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../../lib/checks/built-site';
import { axeViolations, OUT_DIR, SITE_ORIGIN, TEMPLATES, templateOf, url } from './site';

/**
 * Opens the first and the last page of every page template the sitemap lists, in light and
 * dark: it answers 200 in zh-CN and axe (WCAG 2.2 AA and best practices) finds nothing. Its
 * cost does not grow with the archive: links, anchors, images and metadata of every page are
 * checked without a browser by `npm run check:site`.
 */
const sitemapFile = path.join(OUT_DIR, 'sitemap.xml');
const pages = existsSync(sitemapFile) ? sitemapPaths(readFileSync(sitemapFile, 'utf8'), SITE_ORIGIN) : [];

const samples = new Map<string, string[]>();
for (const pagePath of pages) {
  const template = templateOf(pagePath);
  if (template) samples.set(template, [...(samples.get(template) ?? []), pagePath]);
}

test('the sitemap lists pages of every template, and no page outside them', () => {
  expect(existsSync(sitemapFile), `${sitemapFile} is missing: run npm run build first`).toBe(true);
  expect(pages.filter((p) => !templateOf(p))).toEqual([]);
  expect(TEMPLATES.map(([name]) => name).filter((name) => !samples.has(name))).toEqual([]);
});

test.describe('every page template', () => {
  test.describe.configure({ mode: 'parallel' });

  for (const [template, paths] of samples) {
    for (const pagePath of new Set([paths[0], paths.at(-1)])) {
      if (!pagePath) continue;
      for (const scheme of ['light', 'dark'] as const) {
        test(`${template} ${pagePath} (${scheme})`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          const response = await page.goto(url(pagePath));
          expect(response?.status()).toBe(200);
          await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
          await expect(page.locator('h1')).toHaveCount(1);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }
  }
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto(url('/no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await axeViolations(page)).toEqual([]);
});
