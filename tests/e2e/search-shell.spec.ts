import { expect, test } from '@playwright/test';
import { PAGES, url } from './site';

/**
 * The search page's first paint does not wait for JavaScript or the index: the exported
 * HTML already holds the heading, the description, the box and the filters, laid out as
 * the live page lays them, so hydration moves nothing.
 */
test('search page: heading, description, box and filters are in the HTML, where the live page puts them', async ({ browser, page }) => {
  const address = `${url(PAGES.search)}?q=${encodeURIComponent('返贫')}`;
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const shell = await noScript.newPage();
  await shell.goto(address);
  await expect(shell.getByRole('heading', { level: 1, name: '搜索' })).toBeVisible();
  await expect(shell.getByText(/^检索各期《数字乡村发展动态》条目/)).toBeVisible();
  await expect(shell.getByRole('searchbox', { name: '关键词' })).toBeVisible();
  const drawn = await shell.getByRole('group', { name: '筛选' }).boundingBox();
  await noScript.close();

  await page.goto(address);
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem')).toHaveCount(3);
  expect(drawn).not.toBeNull();
  expect(await page.getByRole('group', { name: '筛选' }).boundingBox()).toEqual(drawn);
});
