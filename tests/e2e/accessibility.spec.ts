import { expect, test } from '@playwright/test';
import { PAGES, url } from './site';

// axe runs on every page template, light and dark, in site-walk.spec.ts.

test('the page can be used by keyboard: skip link first, then the header', async ({ page }) => {
  await page.goto(url(PAGES.issue));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
