import { expect, test } from '@playwright/test';
import { decode } from 'fast-png';
import jsQR from 'jsqr';
import { PAGES, url } from './site';

/** RGBA pixels of a PNG, whatever channels it was saved with: what jsQR reads. */
function rgba(png: Buffer): { data: Uint8ClampedArray; width: number; height: number } {
  const image = decode(png);
  const data = new Uint8ClampedArray(image.width * image.height * 4);
  for (let pixel = 0; pixel < image.width * image.height; pixel += 1) {
    for (let channel = 0; channel < 4; channel += 1) {
      data[pixel * 4 + channel] = channel < image.channels ? Number(image.data[pixel * image.channels + channel]) : 255;
    }
  }
  return { data, width: image.width, height: image.height };
}

test.describe('share to WeChat', () => {
  for (const page of [PAGES.item, PAGES.qa]) {
    test(`the QR code on ${page} decodes to the page's canonical URL, which its label gives`, async ({ page: tab }) => {
      await tab.goto(url(page));
      const canonical = await tab.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toBeTruthy();
      const code = tab.getByRole('img', { name: /本页二维码/ });
      await expect(code).toHaveCount(1);
      await expect(code).toHaveAccessibleName(`本页二维码，链接：${canonical}`);
      await expect(tab.getByText('扫码分享到微信')).toBeVisible();
      const { data, width, height } = rgba(await code.screenshot());
      expect(jsQR(data, width, height)?.data).toBe(canonical);
    });
  }

  test('the QR code is not printed', async ({ page }) => {
    await page.goto(url(PAGES.item));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: /本页二维码/ })).toBeHidden();
  });
});
