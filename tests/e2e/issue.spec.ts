import { expect, test } from '@playwright/test';
import { SEED_ITEM_SOURCES, SEED_ITEM_TITLES } from '../seed-issue';
import { PAGES, url } from './site';

test('the issue shows its header, all 12 items in order, each with its source, and the contacts', async ({ page }) => {
  await page.goto(url(PAGES.issue));
  await expect(page.locator('h1')).toHaveText('数字乡村发展动态');
  await expect(page.getByText('（2024年第2期）')).toBeVisible();
  const items = page.locator('main article[id^="item-"]');
  await expect(items).toHaveCount(12);
  const titles = await items.locator(':is(h3, h4)').allInnerTexts();
  expect(titles.map((t) => t.replace(/^\d+\.\s*/, ''))).toEqual(SEED_ITEM_TITLES);
  expect(await items.locator('.item-source-name').allInnerTexts()).toEqual(SEED_ITEM_SOURCES);
  await expect(page.getByText('联系电话：18536356372/15810512984')).toBeVisible();
  for (const caption of ['图1 第七届中国农村电子商务大会现场', '图2 直播现场', '图3 “数字赋能乡村振兴伙伴计划”启动仪式现场']) {
    await expect(page.locator('figcaption', { hasText: caption })).toBeVisible();
  }
});

test('本期导读 links to every section, subsection and item anchor', async ({ page }) => {
  await page.goto(url(PAGES.issue));
  const toc = page.getByRole('navigation', { name: '本期导读' });
  const links = toc.getByRole('link');
  await expect(links).toHaveCount(3 + 4 + 12);
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
  await toc.getByRole('link', { name: '山西省开展数字乡村试点' }).click();
  await expect(page).toHaveURL(/#item-2-2-2$/);
  await expect(page.locator('#item-2-2-2')).toBeInViewport();
});

test('an item permalink opens the item with breadcrumbs to the issue and the section', async ({ page }) => {
  await page.goto(url(PAGES.issue));
  await page
    .locator('#item-2-1-1')
    .getByRole('link', { name: /单独页面/ })
    .click();
  await expect(page).toHaveURL(/\/bulletins\/2024-02\/2-1-1\/$/);
  await expect(page.locator('h1')).toHaveText(SEED_ITEM_TITLES[1] ?? '');
  await expect(page.getByText('（信息来源：网信中国）')).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: '面包屑' });
  await expect(crumbs.getByRole('link')).toHaveText(['首页', '2024年第2期', '二、工作动态', '（一）部委动态']);
  await page.getByRole('link', { name: `${SEED_ITEM_TITLES[2]} →` }).click();
  await expect(page).toHaveURL(/\/2-1-2\/$/);
  await page.getByRole('navigation', { name: '面包屑' }).getByRole('link', { name: '二、工作动态' }).click();
  await expect(page).toHaveURL(/\/bulletins\/2024-02\/#section-2$/);
});

test('the first item has no previous link and the last no next link', async ({ page }) => {
  await page.goto(url('/bulletins/2024-02/1-1/'));
  const nav = page.getByRole('navigation', { name: '本期上一条与下一条' });
  await expect(nav.getByRole('link')).toHaveCount(1);
  await expect(nav.locator('a[rel="next"]')).toHaveCount(1);
  await page.goto(url('/bulletins/2024-02/3-2-3/'));
  await expect(page.getByRole('navigation', { name: '本期上一条与下一条' }).locator('a[rel="prev"]')).toHaveCount(1);
});

test('the issue list and a section page lead to the issue and its items', async ({ page }) => {
  await page.goto(url(PAGES.bulletins));
  await expect(page.getByRole('heading', { name: '2024年' })).toBeVisible();
  await page.getByRole('link', { name: /2024年第2期/ }).click();
  await expect(page).toHaveURL(/\/bulletins\/2024-02\/$/);
  await page.goto(url(PAGES.section));
  const list = page.getByRole('list', { name: '工作动态的全部条目' });
  await expect(list.getByRole('listitem')).toHaveCount(6);
  await list.getByRole('link', { name: '山西省开展数字乡村试点' }).click();
  await expect(page).toHaveURL(/\/bulletins\/2024-02\/2-2-2\/$/);
});

test('the home page shows the latest issue with its 本期导读 and the latest Q&A', async ({ page }) => {
  await page.goto(url(PAGES.home));
  await expect(page.getByRole('navigation', { name: '本期导读' }).getByRole('link')).toHaveCount(19);
  await page.getByRole('link', { name: /中央网信办有关负责同志/ }).click();
  await expect(page).toHaveURL(/\/qa\/digital-village-action-plan-2022-2025\/$/);
});
