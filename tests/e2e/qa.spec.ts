import { expect, test } from '@playwright/test';
import { PAGES, url } from './site';

test('the Q&A shows its 6 questions, each reachable from the question list', async ({ page }) => {
  await page.goto(url(PAGES.qa));
  await expect(page.locator('h1')).toHaveText('中央网信办有关负责同志就《数字乡村发展行动计划（2022-2025年）》答记者问');
  const questions = page.locator('main section[id^="q"] > h2');
  await expect(questions).toHaveCount(6);
  const list = page.getByRole('navigation', { name: '问题列表' }).getByRole('link');
  await expect(list).toHaveCount(6);
  expect(await list.allInnerTexts()).toEqual(await questions.allInnerTexts());
  await list.nth(3).click();
  await expect(page).toHaveURL(/#q4$/);
  await expect(page.locator('#q4')).toBeInViewport();
});

test('the Q&A names its source, time with zone, and links to the original', async ({ page }) => {
  await page.goto(url(PAGES.qa));
  await expect(page.locator('time').first()).toHaveAttribute('datetime', '2022-01-26T18:56:08+08:00');
  await expect(page.locator('time').first()).toHaveText('2022年1月26日 18:56（UTC+08:00）');
  await expect(page.getByRole('link', { name: '原文链接' })).toHaveAttribute(
    'href',
    'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202201262262879086',
  );
  await page.goto(url(PAGES.qaList));
  await page
    .getByRole('main')
    .getByRole('link', { name: /答记者问$/ })
    .click();
  await expect(page).toHaveURL(/\/qa\/digital-village-action-plan-2022-2025\/$/);
});
