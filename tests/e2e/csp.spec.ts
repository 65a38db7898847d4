import { expect, type Page, test } from '@playwright/test';
import { PAGES, url } from './site';

/**
 * Every page template carries its Content-Security-Policy, the browser reports no
 * violation on it, and the scripted parts still work under the policy: hydration, the
 * no-flash theme script, the theme toggle, copy-link, the header search, the search page.
 */
const TEMPLATES = {
  ...PAGES,
  searchQuery: `${PAGES.search}?q=${encodeURIComponent('返贫')}`,
  qaCategories: '/qa/categories/',
  qaTags: '/qa/tags/',
  notFound: '/no-such-page/',
};

const headerBox = (page: Page) => page.getByRole('combobox', { name: /搜索全站/ });

/**
 * Records violations from before the page's first script: the listener is installed by
 * the browser, not by an inline script the policy would block. Console errors catch
 * what the event misses (a violation in a document already left).
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`);
    });
  });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...logged];
}

/** Hydrated: the header box announces its shortcuts only once React has attached its listener. */
async function interactive(page: Page) {
  await expect(headerBox(page)).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
}

test.describe('Content-Security-Policy', () => {
  for (const [name, path] of Object.entries(TEMPLATES)) {
    test(`${name} (${path}): a hash policy, no violation, the page hydrates`, async ({ page }) => {
      const violations = await watchViolations(page);
      const response = await page.goto(url(path));
      expect(response?.status()).toBe(name === 'notFound' ? 404 : 200);
      const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
      await expect(meta).toHaveCount(1);
      const policy = await meta.getAttribute('content');
      expect(policy).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+; style-src 'self'/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      await interactive(page);
      // The no-flash script in <head> ran.
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-js'))).toBe(true);
      if (name === 'searchQuery') await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem')).toHaveCount(3);
      expect(await violations()).toEqual([]);
    });
  }

  test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(url(PAGES.item));
    await interactive(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.head.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { injectedRan?: boolean }).injectedRan)).toBeUndefined();
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
  });

  test('theme toggle, no-flash script, copy-link and the header search work without a violation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const violations = await watchViolations(page);
    await page.goto(url(PAGES.item));
    await interactive(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: '深色模式' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page
      .getByRole('link', { name: /^复制链接/ })
      .first()
      .click();
    await expect(page.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
    expect(await violations()).toEqual([]);

    // The stored choice is applied by the head script on the next page, before paint.
    await page.goto(url(PAGES.issue));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await interactive(page);
    await headerBox(page).fill('返贫');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await violations()).toEqual([]);
    await headerBox(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E8%BF%94%E8%B4%AB/);
    await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('the region map keeps its layout: its style attributes are allowed by hash', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(url(PAGES.regions));
    const tiles = page.locator('.region-tile');
    const placed = await tiles.evaluateAll((items) =>
      items.map((item) => ({ declared: item.getAttribute('style'), row: getComputedStyle(item).gridRowStart })),
    );
    expect(placed.length).toBeGreaterThan(30);
    for (const tile of placed) expect(tile.declared).toContain(`grid-row:${tile.row}`);
    expect(await violations()).toEqual([]);
  });
});
