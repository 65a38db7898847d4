import { expect, test } from '@playwright/test';
import { PAGES, SITE_ORIGIN, url } from './site';

const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK_BG = 'rgb(17, 20, 24)';
const LIGHT_BG = 'rgb(251, 250, 247)';
/** The browser toolbar colour each theme-color tag asks for. */
const toolbarColors = (page: import('@playwright/test').Page) =>
  page.locator('meta[name="theme-color"]').evaluateAll((tags) => tags.map((t) => (t as HTMLMetaElement).content));

test.describe('dark mode', () => {
  test('follows the system when the reader has not chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url(PAGES.issue));
    expect(await background(page)).toBe(DARK_BG);
    await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_BG);
    await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('the toggle switches the theme, and the choice holds on the next page', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url(PAGES.home));
    const toggle = page.getByRole('button', { name: '深色模式' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe(DARK_BG);
    await expect.poll(() => toolbarColors(page)).toEqual(['#111418', '#111418']);
    await page.goto(url(PAGES.qa));
    expect(await background(page)).toBe(DARK_BG);
    await expect.poll(() => toolbarColors(page)).toEqual(['#111418', '#111418']);
    // Choosing what the system shows again forgets the choice.
    await page.getByRole('button', { name: '深色模式' }).click();
    expect(await background(page)).toBe(LIGHT_BG);
    await expect.poll(() => toolbarColors(page)).toEqual(['#fbfaf7', '#111418']);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  });

  test('a stored choice applies before the body is painted: no flash of the wrong theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url(PAGES.home));
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    // Record the theme at the moment <body> is parsed, before any of the page's own scripts in it run.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url(PAGES.issue));
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe('dark');
    expect(await background(page)).toBe(DARK_BG);
  });

  test('a light choice holds against a dark system, toolbar colour included', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url(PAGES.home));
    await page.getByRole('button', { name: '深色模式' }).click();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
    await page.goto(url(PAGES.issue));
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(31, 35, 40)');
    await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => toolbarColors(page)).toEqual(['#fbfaf7', '#fbfaf7']);
  });
});

test.describe('copy-link buttons', () => {
  test('copy an item’s and a question’s absolute address', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url(PAGES.issue));
    await page.getByRole('link', { name: '复制链接：山西省开展数字乡村试点' }).click();
    await expect(page.locator('#item-2-2-2').getByRole('status')).toHaveText('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_ORIGIN}/bulletins/2024-02/2-2-2/`);
    await expect(page).toHaveURL(/\/bulletins\/2024-02\/$/);

    await page.goto(url(PAGES.qa));
    await page.getByRole('link', { name: /^复制链接：三、/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_ORIGIN}/qa/digital-village-action-plan-2022-2025/#q3`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a copy-link button is a plain link to the permalink, and the theme toggle is hidden', async ({ page }) => {
    await page.goto(url(PAGES.qa));
    await expect(page.getByRole('button', { name: '深色模式' })).toBeHidden();
    await page.getByRole('link', { name: /^复制链接：二、/ }).click();
    await expect(page).toHaveURL(/\/qa\/digital-village-action-plan-2022-2025\/#q2$/);
    await page.goto(url(PAGES.issue));
    await page.getByRole('link', { name: '复制链接：湖南省公布2023年数字乡村建设优秀案例名单' }).click();
    await expect(page).toHaveURL(/\/bulletins\/2024-02\/2-2-3\/$/);
  });
});

test('an issue prints like the bulletin: title block, 本期导读, sections, items with sources; no site chrome', async ({ page }) => {
  await page.goto(url(PAGES.issue));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('body > footer')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '面包屑' })).toBeHidden();
  await expect(page.getByRole('link', { name: /^复制链接/ }).first()).toBeHidden();
  await expect(page.getByRole('link', { name: /单独页面/ }).first()).toBeHidden();
  await expect(page.locator('h1')).toHaveText('数字乡村发展动态');
  await expect(page.getByText('（2024年第2期）')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '本期导读' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '三、发展实践' })).toBeVisible();
  await expect(page.locator('.item-source').last()).toHaveText('（信息来源：国家乡村振兴局官网）');
  await expect(page.getByText('联系电话：18536356372/15810512984')).toBeVisible();
  expect(await background(page)).toBe('rgb(255, 255, 255)');
});

test('every page announces the site feeds, and the feeds parse', async ({ page, request }) => {
  await page.goto(url(PAGES.section));
  const feeds = await page
    .locator('link[rel="alternate"]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute('type'), l.getAttribute('href')]));
  expect(feeds).toContainEqual(['application/rss+xml', `${SITE_ORIGIN}/feed.xml`]);
  expect(feeds).toContainEqual(['application/atom+xml', `${SITE_ORIGIN}/atom.xml`]);
  expect(feeds).toContainEqual(['application/feed+json', `${SITE_ORIGIN}/feed.json`]);
  expect(feeds).toContainEqual(['application/rss+xml', `${SITE_ORIGIN}/sections/work/feed.xml`]);
  for (const [file, selector, count] of [
    ['feed.xml', 'rss > channel > item', 13],
    ['atom.xml', 'feed > entry', 13],
    ['sections/work/feed.xml', 'rss > channel > item', 6],
  ] as const) {
    const xml = await (await request.get(url(`/${file}`))).text();
    const parsed = await page.evaluate(
      ([source, css]) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        return { error: doc.querySelector('parsererror') !== null, count: doc.querySelectorAll(css).length };
      },
      [xml, selector] as const,
    );
    expect(parsed, file).toEqual({ error: false, count });
  }
  const json = (await (await request.get(url('/feed.json'))).json()) as { items: unknown[] };
  expect(json.items).toHaveLength(13);
});
