import { expect, type Page, test } from '@playwright/test';
import { axeViolations, PAGES, url } from './site';

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name} page fits a phone screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test.describe('header on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  const headerBox = (page: Page) => page.getByRole('combobox', { name: /搜索全站/ });
  const searchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: '搜索' });
  const ready = async (page: Page, path: string) => {
    await page.goto(url(path));
    // Hidden on a phone until opened: ready once it announces its shortcuts.
    await expect(page.getByRole('combobox', { name: /搜索全站/, includeHidden: true })).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
  };

  test('is one bar of at most 64 px, every target at least 24 px', async ({ page }) => {
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await ready(page, PAGES.item);
      const header = await page.getByRole('banner').boundingBox();
      expect(header?.height, `${width} px`).toBeLessThanOrEqual(64);
      const targets = page.getByRole('banner').locator('a:visible, button:visible, summary:visible');
      expect(await targets.count()).toBe(4); // title, search, theme, menu
      for (const box of await targets.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
    }
  });

  test('the search button opens the box below the bar; Escape closes it again', async ({ page }) => {
    await ready(page, PAGES.item);
    await expect(headerBox(page)).toBeHidden();
    await searchButton(page).click();
    await expect(searchButton(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(headerBox(page)).toBeFocused();
    await page.keyboard.type('返贫');
    await expect(page.getByRole('option')).toHaveCount(4);
    expect((await page.getByRole('banner').boundingBox())?.height).toBeLessThanOrEqual(64);
    await page.keyboard.press('Escape'); // closes the suggestions
    await page.keyboard.press('Escape'); // clears the box
    await page.keyboard.press('Escape'); // closes it
    await expect(headerBox(page)).toBeHidden();
    await expect(searchButton(page)).toBeFocused();
  });

  for (const [name, press] of [
    ['/', '/'],
    ['Ctrl+K', 'Control+k'],
  ] as const) {
    test(`${name} opens and focuses the box`, async ({ page }) => {
      await ready(page, PAGES.issue);
      await page.keyboard.press(press);
      await expect(headerBox(page)).toBeVisible();
      await expect(headerBox(page)).toBeFocused();
    });
  }

  test('the menu holds the section links and closes after one is followed', async ({ page }) => {
    await ready(page, PAGES.item);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav).toBeHidden();
    await page.getByRole('banner').locator('summary', { hasText: '菜单' }).click();
    await expect(nav.getByRole('link')).toHaveText(['往期', '栏目', '地区', '政策文件', '答记者问']);
    for (const box of await nav.getByRole('link').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(24);
    }
    await nav.getByRole('link', { name: '地区' }).click();
    await expect(page).toHaveURL(/\/regions\/$/);
    await expect(nav).toBeHidden();
  });

  test('the menu opens and closes by keyboard', async ({ page }) => {
    await ready(page, PAGES.item);
    const summary = page.getByRole('banner').locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '往期' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await expect(summary).toBeFocused();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`open box and open menu have no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await ready(page, PAGES.item);
      const check = async () => expect(await axeViolations(page)).toEqual([]);
      await check();
      await searchButton(page).click();
      await page.keyboard.type('乡村');
      await expect(page.getByRole('listbox', { name: '搜索建议' })).toBeVisible();
      await check();
      await page.getByRole('banner').locator('summary', { hasText: '菜单' }).click();
      await check();
    });
  }
});

test('without JavaScript the phone header’s search button is a link to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(url(PAGES.item));
  await page.getByRole('banner').getByRole('link', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await context.close();
});
