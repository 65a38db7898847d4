import { expect, test } from '@playwright/test';
import { PAGES, url } from './site';

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name} page fits a phone screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
