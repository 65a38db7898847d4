import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fileForPath, idsInFile, sitemapPaths } from '../../scripts/built-site';
import { OUT_DIR, SITE_ORIGIN, url } from './site';

/**
 * Walks every page the sitemap lists, in the exported site: no axe violations, every
 * internal link and #anchor resolves, every image has alt text and loads, and every page
 * has a title, a description and its canonical URL.
 */
const sitemapFile = path.join(OUT_DIR, 'sitemap.xml');
const pages = existsSync(sitemapFile) ? sitemapPaths(readFileSync(sitemapFile, 'utf8'), SITE_ORIGIN) : [];
const basePath = process.env.BASE_PATH ?? '';

test('the sitemap lists the site’s pages', () => {
  expect(existsSync(sitemapFile), `${sitemapFile} is missing: run npm run build first`).toBe(true);
  expect(pages).toContain('/');
  expect(pages).toContain('/regions/');
  expect(pages.length).toBeGreaterThan(40);
  expect(new Set(pages).size).toBe(pages.length);
});

test.describe('every page in the sitemap', () => {
  test.describe.configure({ mode: 'parallel' });

  for (const pagePath of pages) {
    test(`${pagePath}`, async ({ page, baseURL }) => {
      const response = await page.goto(url(pagePath));
      expect(response?.status()).toBe(200);

      // Title, description, canonical, one h1.
      expect((await page.title()).length).toBeGreaterThan(0);
      expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length ?? 0).toBeGreaterThan(10);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_ORIGIN}${pagePath}`);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toBeAttached();
      await expect(page.locator('h1')).toHaveCount(1);

      // Images: alt text, and the file is there.
      const images = await page
        .locator('img')
        .evaluateAll((imgs) => imgs.map((img) => ({ src: (img as HTMLImageElement).src, alt: img.getAttribute('alt') })));
      for (const image of images) expect(image.alt?.trim(), `${image.src} has no alt text`).toBeTruthy();

      // Links, stylesheets, scripts and images that point into the site resolve to a file (and an element).
      const targets = await page
        .locator('a[href], link[href], img[src], script[src]')
        .evaluateAll((elements) =>
          elements.map((el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src || (el as HTMLScriptElement).src),
        );
      // JSON-LD parses, and the addresses in it are on the site too.
      for (const json of await page.locator('script[type="application/ld+json"]').allTextContents()) {
        const data = JSON.parse(json) as Record<string, unknown>;
        expect(data['@context']).toBe('https://schema.org');
        targets.push(...(JSON.stringify(data).match(/https?:\/\/[^"]+/g) ?? []));
      }
      const served = new URL(baseURL ?? 'http://localhost/');
      const broken: string[] = [];
      for (const target of targets) {
        const sitePath = toSitePath(target, served.origin);
        if (sitePath === undefined) continue;
        const [pathname = '/', hash] = sitePath.split('#');
        const file = fileForPath(OUT_DIR, pathname.split('?')[0] ?? '/');
        if (!file) broken.push(`${target} (no file)`);
        else if (hash && file.endsWith('.html') && !idsInFile(file).has(decodeURIComponent(hash))) broken.push(`${target} (no #${hash})`);
      }
      expect(broken).toEqual([]);

      // Accessibility: WCAG 2.2 AA.
      // Violations only: building the passes list is most of axe's time on a page.
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .options({ resultTypes: ['violations'] })
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

/** A URL on the served site or under SITE_URL, as a site path without the base path; undefined for anything else. */
function toSitePath(target: string, servedOrigin: string): string | undefined {
  for (const origin of [`${servedOrigin}${basePath}`, SITE_ORIGIN]) {
    if (target === origin) return '/';
    if (target.startsWith(`${origin}/`)) return target.slice(origin.length);
  }
  if (target.startsWith(servedOrigin)) return `${target.slice(servedOrigin.length)} (outside the base path)`;
  return undefined;
}
