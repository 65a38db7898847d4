import { expect, test } from '@playwright/test';
import { url } from './site';

test('an item links to its source, its regions and the documents it cites, and each lists it back', async ({ page }) => {
  await page.goto(url('/bulletins/2024-02/2-2-3/'));
  const related = page.locator('.related-terms');
  await expect(related.getByRole('link')).toHaveText(['网信湖南', '湖南', '《关于公布2023年湖南省数字乡村建设优秀案例的通知》']);
  await related.getByRole('link', { name: '湖南', exact: true }).click();
  await expect(page).toHaveURL(/\/regions\/hunan\/$/);
  await expect(page.locator('h1')).toHaveText('湖南省');
  await expect(
    page.getByRole('list', { name: /湖南/ }).getByRole('link', { name: '湖南省公布2023年数字乡村建设优秀案例名单' }),
  ).toBeVisible();
  await expect(page.getByText('文中提到：湖南省')).toBeVisible();
});

test('the source line of an item links to the source page', async ({ page }) => {
  await page.goto(url('/bulletins/2024-02/'));
  await page.locator('#item-3-2-2').getByRole('link', { name: '国家乡村振兴局官网' }).click();
  await expect(page).toHaveURL(/\/sources\/nrra-website\/$/);
  const list = page.getByRole('list', { name: /国家乡村振兴局官网/ });
  await expect(list.getByRole('listitem')).toHaveCount(2);
});

test('the region map has a tile for each of the 34 divisions, linking those with items, and a table that says the same', async ({
  page,
}) => {
  await page.goto(url('/regions/'));
  const map = page.getByRole('list', { name: '地区分布图' });
  await expect(map.getByRole('listitem')).toHaveCount(34);
  await expect(map.getByRole('link')).toHaveCount(9);
  const table = page.getByRole('table', { name: '各地条目数' });
  await expect(table.getByRole('row', { name: /山西省\s*2/ })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(9);
  // The tile grid keeps the map's shape: Heilongjiang top right, Hainan bottom left.
  const box = async (name: string) => (await map.getByRole('listitem').filter({ hasText: name }).boundingBox()) ?? { x: 0, y: 0 };
  const heilongjiang = await box('黑龙江');
  const hainan = await box('海南');
  const xinjiang = await box('新疆');
  expect(heilongjiang.y).toBeLessThan(hainan.y);
  expect(xinjiang.x).toBeLessThan(heilongjiang.x);
  await map.getByRole('link', { name: /浙江/ }).click();
  await expect(page).toHaveURL(/\/regions\/zhejiang\/$/);
});

test('a document page lists every question that cites it, by full title or by its defined short name', async ({ page }) => {
  await page.goto(url('/policies/digital-village-action-plan-2022-2025/'));
  await expect(page.locator('h1')).toHaveText('《数字乡村发展行动计划（2022-2025年）》');
  const list = page.getByRole('list', { name: /数字乡村发展行动计划/ });
  await expect(list.getByRole('listitem')).toHaveCount(7);
  await list.getByRole('link', { name: '四、《行动计划》如何考虑网络帮扶与数字乡村之间的有效衔接？' }).click();
  await expect(page).toHaveURL(/\/qa\/digital-village-action-plan-2022-2025\/#q4$/);
  await expect(page.locator('#q4')).toBeInViewport();
});

test('the item that defines 《通知》 links to the full title, not to a document called 通知', async ({ page }) => {
  await page.goto(url('/policies/'));
  const list = page.getByRole('list', { name: '全部政策文件' });
  await expect(list.getByRole('link', { name: '关于开展第二批国家数字乡村试点工作的通知' })).toBeVisible();
  await expect(list.getByRole('link', { name: '通知', exact: true })).toHaveCount(0);
});

test('the Q&A page links its tag, category and documents; the year archive lists issues and Q&As', async ({ page }) => {
  await page.goto(url('/qa/digital-village-action-plan-2022-2025/'));
  const related = page.locator('.related-terms');
  await related.getByRole('link', { name: '网信中国新闻' }).click();
  await expect(page).toHaveURL(/\/qa\/tags\/wangxin-zhongguo-news\/$/);
  await page.goto(url('/qa/'));
  await page.getByRole('main').getByRole('link', { name: '网信中国', exact: true }).click();
  await expect(page).toHaveURL(/\/qa\/categories\/wangxinzhongguo\/$/);
  await page.goto(url('/years/2024/'));
  await expect(page.getByRole('list', { name: '2024年第2期的全部条目' }).getByRole('listitem')).toHaveCount(12);
  await page.getByRole('link', { name: '← 2022年' }).click();
  await expect(page).toHaveURL(/\/years\/2022\/$/);
  await expect(page.getByRole('link', { name: /中央网信办有关负责同志/ })).toBeVisible();
});

test('the header and the home page lead to the discovery pages', async ({ page }) => {
  await page.goto(url('/'));
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '地区' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '政策文件' })).toBeVisible();
  for (const name of [/按年份/, /信息来源/, /^地区（/, /^政策文件（/])
    await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
});

test('an item page lists related items with the reason each is there', async ({ page }) => {
  await page.goto(url('/bulletins/2024-02/2-2-2/'));
  const related = page.getByRole('region', { name: '相关阅读' });
  await expect(related.getByRole('listitem')).toHaveCount(1);
  await expect(related.getByRole('listitem')).toContainText('2024年第2期 · 同一地区：山西');
  await related.getByRole('link', { name: '中国证券业协会设立特困帮扶基金助力巩固脱贫攻坚成果' }).click();
  await expect(page).toHaveURL(/\/bulletins\/2024-02\/3-2-3\/$/);
  await expect(page.getByRole('region', { name: '相关阅读' }).getByRole('link')).toHaveText(['山西省开展数字乡村试点']);
  // An item sharing nothing lists nothing, rather than filler.
  await page.goto(url('/bulletins/2024-02/3-1-1/'));
  await expect(page.getByRole('region', { name: '相关阅读' })).toHaveCount(0);
});
