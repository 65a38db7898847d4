import { expect, test } from '@playwright/test';
import { PAGES, url } from './site';

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name} page opens with lang, title, description and one h1`, async ({ page }) => {
    const response = await page.goto(url(path));
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle(/数字乡村发展动态/);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0).toBeGreaterThan(10);
    await expect(page.locator('h1')).toHaveCount(1);
  });
}

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto(url('/no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
