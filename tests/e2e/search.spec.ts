import { expect, type Page, test } from '@playwright/test';
import { axeViolations, PAGES, url } from './site';

const QA = '/qa/digital-village-action-plan-2022-2025/';

const pageBox = (page: Page) => page.getByRole('searchbox', { name: '关键词' });
const headerBox = (page: Page) => page.getByRole('combobox', { name: /搜索全站/ });
const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');
const resultTitles = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('heading');
const marks = (page: Page) => page.getByRole('list', { name: '搜索结果' }).locator('mark');
const searchPath = (query: string) => `${url(PAGES.search)}?q=${encodeURIComponent(query)}`;

/**
 * Opens a page and waits until it is interactive: the header box announces its
 * shortcuts only once its key listener exists, and the search page's status line
 * exists only once the page has read the URL (before that the static form shows).
 */
async function open(page: Page, path: string, options: { waitUntil?: 'load' | 'networkidle' } = {}) {
  await page.goto(path, options);
  // includeHidden: on a phone the header box waits behind its button.
  await expect(page.getByRole('combobox', { name: /搜索全站/, includeHidden: true })).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
  if (path.startsWith(url(PAGES.search))) await expect(page.locator('#search-status')).toBeAttached();
}

/** Records every request for the index files, from the moment it is called. */
function indexRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search-index/')) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

test.describe('search page', () => {
  test('typing a query shows highlighted results and puts the query in the URL', async ({ page }) => {
    await open(page, url(PAGES.search));
    await pageBox(page).fill('返贫');
    await expect(page).toHaveURL(/\?q=%E8%BF%94%E8%B4%AB$/);
    await expect(results(page)).toHaveCount(3);
    await expect(page.getByRole('status').filter({ hasText: '找到 3 条' })).toBeVisible();
    expect(new Set(await marks(page).allInnerTexts())).toEqual(new Set(['返贫']));

    await pageBox(page).fill('数字乡');
    await expect(resultTitles(page).first()).toBeVisible();
    await expect(marks(page).first()).toHaveText('数字乡');
    expect(await results(page).count()).toBeGreaterThan(5);
  });

  test('农业银行 finds the ABC item first, linking to its permalink', async ({ page }) => {
    await open(page, searchPath('农业银行'));
    const first = resultTitles(page).first();
    await expect(first).toHaveText('中国农业银行创设“三个基金”巩固脱贫攻坚成果');
    await expect(first.locator('mark')).toHaveText('农业银行');
    await expect(results(page).first()).toContainText('2024年第2期 · 发展实践 · 企业实践');
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/\/bulletins\/2024-02\/3-2-2\/$/);
    await expect(page.locator('h1')).toHaveText('中国农业银行创设“三个基金”巩固脱贫攻坚成果');
  });

  test('a Q&A result links to the question anchor', async ({ page }) => {
    await open(page, `${searchPath('网络帮扶')}&type=qa`);
    await expect(page.getByRole('combobox', { name: '类型' })).toHaveValue('qa');
    const link = resultTitles(page).first().getByRole('link');
    await expect(link).toHaveText('四、《行动计划》如何考虑网络帮扶与数字乡村之间的有效衔接？');
    await expect(results(page).first()).toContainText('答记者问');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${QA}#q4$`));
    await expect(page.locator('#q4')).toBeInViewport();
  });

  test('filters by section and subsection, combined with a query', async ({ page }) => {
    await open(page, searchPath('试点'));
    await expect(results(page).first()).toBeVisible();
    const all = await results(page).count();
    await page.getByRole('combobox', { name: '栏目', exact: true }).selectOption({ label: '工作动态' });
    await expect(page).toHaveURL(/[?&]section=work(&|$)/);
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(results(page)).toHaveCount(2);
    expect(all).toBeGreaterThan(2);
    for (const text of await results(page).allInnerTexts()) expect(text).toContain('工作动态');

    await page.getByRole('combobox', { name: '子栏目' }).selectOption({ label: '地方动态' });
    await expect(page).toHaveURL(/subsection=local(&|$)/);
    await expect(results(page)).toHaveCount(1);
    await expect(resultTitles(page).first()).toHaveText('山西省开展数字乡村试点');
  });

  test('a section alone lists that section, newest first', async ({ page }) => {
    await open(page, `${url(PAGES.search)}?section=practice`);
    await expect(page.getByRole('combobox', { name: '栏目', exact: true })).toHaveValue('practice');
    await expect(page.getByRole('status').filter({ hasText: '共 5 条' })).toBeVisible();
    await expect(results(page)).toHaveCount(5);
    for (const text of await results(page).allInnerTexts()) expect(text).toContain('2024年第2期 · 发展实践');
    await expect(marks(page)).toHaveCount(0);

    await page.getByRole('combobox', { name: '栏目', exact: true }).selectOption({ label: '中央精神' });
    await expect(results(page)).toHaveCount(1);
    await expect(resultTitles(page).first()).toContainText('千村示范、万村整治');
  });

  test('the back button restores the previous search, and typing does not flood the history', async ({ page }) => {
    await open(page, url(PAGES.search));
    await pageBox(page).fill('返贫');
    await pageBox(page).press('Enter');
    await expect(results(page)).toHaveCount(3);

    await pageBox(page).fill('');
    await pageBox(page).pressSequentially('农业银行');
    await expect(page).toHaveURL(/\?q=%E5%86%9C%E4%B8%9A%E9%93%B6%E8%A1%8C$/);
    await expect(resultTitles(page).first()).toContainText('中国农业银行');
    await page.getByRole('combobox', { name: '栏目', exact: true }).selectOption({ label: '发展实践' });
    await expect(page).toHaveURL(/section=practice/);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=%E5%86%9C%E4%B8%9A%E9%93%B6%E8%A1%8C$/);
    await expect(page.getByRole('combobox', { name: '栏目', exact: true })).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL(/\?q=%E8%BF%94%E8%B4%AB$/);
    await expect(pageBox(page)).toHaveValue('返贫');
    await expect(results(page)).toHaveCount(3);
    await page.goForward();
    await expect(pageBox(page)).toHaveValue('农业银行');
    await expect(resultTitles(page).first()).toContainText('中国农业银行');
  });

  test('pages through many results, page number in the URL', async ({ page }) => {
    await open(page, searchPath('乡村'));
    const pager = page.getByRole('navigation', { name: '分页' });
    await expect(pager).toContainText('第 1 / 2 页');
    await expect(results(page)).toHaveCount(10);
    const firstPage = await resultTitles(page).allInnerTexts();
    // Record what the reader sees at every DOM change while page 2 loads: the pager must
    // never claim page 2 while page 1's results are still on screen.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { pagerSnapshots: string[] }).pagerSnapshots = seen;
      const snapshot = () => {
        const list = document.querySelector('ol[aria-label="搜索结果"]');
        const pagerText = document.querySelector('nav[aria-label="分页"] span')?.textContent ?? '';
        seen.push(`${pagerText}|${list?.getAttribute('start')}|${list?.querySelector('h2')?.textContent ?? ''}`);
      };
      new MutationObserver(snapshot).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await pager.getByRole('button', { name: '下一页' }).click();
    await expect(page).toHaveURL(/[?&]page=2$/);
    await expect(pager).toContainText('第 2 / 2 页');
    await expect(page.getByRole('list', { name: '搜索结果' })).toHaveAttribute('start', '11');
    const secondPage = await resultTitles(page).allInnerTexts();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
    const snapshots = await page.evaluate(() => (window as unknown as { pagerSnapshots: string[] }).pagerSnapshots);
    const mislabelled = snapshots.filter((s) => {
      const [pagerText, start, title] = s.split('|');
      const showsFirstPage = firstPage.includes(title ?? '');
      return (pagerText?.includes('第 2') || start === '11') && showsFirstPage;
    });
    expect(mislabelled).toEqual([]);
    await expect(pager.getByRole('button', { name: '下一页' })).toBeDisabled();
    await page.goBack();
    await expect(pager).toContainText('第 1 / 2 页');
    expect(await resultTitles(page).allInnerTexts()).toEqual(firstPage);
  });

  test('a hostile query stays text', async ({ page }) => {
    const hostile = '<img src=x onerror=alert(1)>';
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await open(page, searchPath(hostile));
    await expect(pageBox(page)).toHaveValue(hostile);
    await expect(page.getByText(`没有找到与“${hostile}”相关的结果。`)).toBeVisible();
    await pageBox(page).fill(`${hostile} 返贫`);
    await expect(page.getByRole('status').filter({ hasText: hostile })).toBeVisible();
    await headerBox(page).fill(hostile);
    await expect(page.getByRole('option', { name: `没有找到“${hostile}”，到搜索页看看建议` })).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('a query in traditional characters finds what the simplified one finds, marked', async ({ page }) => {
    await open(page, searchPath('数字乡村试点'));
    await expect(resultTitles(page).first()).toBeVisible();
    const simplified = await resultTitles(page).allInnerTexts();
    const total = /找到 (\d+) 条/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1];
    expect(simplified).toContain('山西省开展数字乡村试点');
    await pageBox(page).fill('數字鄉村試點');
    await expect(page.getByRole('status').filter({ hasText: `找到 ${total} 条与“數字鄉村試點”相关的结果` })).toBeVisible();
    expect(await resultTitles(page).allInnerTexts()).toEqual(simplified);
    await expect(marks(page).filter({ hasText: '数字乡村试点' }).first()).toBeVisible();
  });

  test('a source name finds the item it is the source of, and the result line shows the source', async ({ page }) => {
    await open(page, searchPath('央广网'));
    await expect(resultTitles(page).first()).toHaveText('第七届中国农村电子商务大会在浙江丽水举办');
    const line = results(page).first().locator('p').first();
    await expect(line).toContainText('来源：央广网');
    await expect(line.locator('mark')).toHaveText('央广网');
  });

  test('a question typed as a sentence finds its answer, labelled as a partial match with the words marked', async ({ page }) => {
    await open(page, searchPath('电商大会在哪里举办'));
    await expect(resultTitles(page).first()).toHaveText('第七届中国农村电子商务大会在浙江丽水举办');
    await expect(page.getByRole('status').filter({ hasText: '含部分匹配' })).toBeVisible();
    await expect(results(page).first()).toContainText('部分匹配');
    const marked = await results(page).first().locator('mark').allInnerTexts();
    expect(marked).toContain('举办');
    expect(marked.some((text) => text.includes('哪里'))).toBe(false);

    await pageBox(page).fill('行动计划的主要目标是什么');
    await expect(resultTitles(page).filter({ hasText: '二、《行动计划》对“十四五”时期数字乡村发展提出了什么目标？' })).toBeVisible();
  });

  test('a query with nothing to search: a clear message and no list, with or without filters', async ({ page }) => {
    for (const path of [searchPath('(*.+?['), `${searchPath('(*.+?[')}&section=work`, `${searchPath('！？。')}&type=qa`]) {
      await open(page, path);
      await expect(page.getByText(/中没有可以搜索的文字。/)).toBeVisible();
      await expect(page.getByText('请输入汉字、字母或数字')).toBeVisible();
      await expect(page.getByRole('list', { name: '搜索结果' })).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: '分页' })).toHaveCount(0);
    }
    await headerBox(page).fill('(*.+?[');
    await expect(page.getByRole('option', { name: '“(*.+?[”中没有可以搜索的文字' })).toBeVisible();
  });

  test('no results: a clear message and a hint, with a way out of the filters', async ({ page }) => {
    await open(page, `${searchPath('量子计算')}&section=central`);
    await expect(page.getByText('没有找到与“量子计算”相关的结果。')).toBeVisible();
    await expect(page.getByText(/换用更短或更常见的关键词/)).toBeVisible();
    await expect(page.getByRole('list', { name: '搜索结果' })).toHaveCount(0);
    await page.getByRole('button', { name: '清除筛选条件' }).click();
    await expect(page).toHaveURL(/\?q=[^&]+$/);
  });

  test('no search runs in the middle of an IME composition', async ({ page }) => {
    await open(page, url(PAGES.search));
    const requests = indexRequests(page);
    await pageBox(page).focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'fan', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', { text: 'fanpin', selectionStart: 6, selectionEnd: 6 });
    await expect(pageBox(page)).toHaveValue('fanpin');
    // A search starts synchronously from the input event by rewriting the URL: none did.
    expect(new URL(page.url()).search).toBe('');
    expect(requests).toEqual([]);
    await cdp.send('Input.insertText', { text: '返贫' });
    await expect(pageBox(page)).toHaveValue('返贫');
    await expect(page).toHaveURL(/\?q=%E8%BF%94%E8%B4%AB$/);
    await expect(results(page)).toHaveCount(3);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`results, filters and suggestions have no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, `${searchPath('数字乡村')}&type=bulletin`);
      await expect(marks(page).first()).toBeVisible();
      await headerBox(page).fill('农业银行');
      await expect(page.getByRole('listbox', { name: '搜索建议' })).toBeVisible();
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
      await open(page, searchPath('没有这样的词语'));
      await expect(page.getByText(/没有找到与/)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('results and suggestions fit a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, `${searchPath('数字乡村')}`);
    await expect(marks(page).first()).toBeVisible();
    // On a phone the header box opens from its button.
    await page.getByRole('banner').getByRole('button', { name: '搜索' }).click();
    await headerBox(page).fill('乡村');
    await expect(page.getByRole('listbox', { name: '搜索建议' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('header search', () => {
  test('the index is not fetched on page load, only once the box is focused', async ({ page }) => {
    const requests = indexRequests(page);
    await open(page, url(PAGES.item), { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: '2024年第2期' }).first().hover();
    expect(requests).toEqual([]);
    const manifest = page.waitForRequest((r) => r.url().includes('/search-index/manifest.json'));
    await headerBox(page).focus();
    await manifest;
    expect(requests.every((path) => path.endsWith('/search-index/manifest.json'))).toBe(true);
    await headerBox(page).fill('返贫');
    await expect(page.getByRole('option')).toHaveCount(4);
    expect(requests.some((path) => /\/search-index\/terms\/[0-9a-f]+\.json$/.test(path))).toBe(true);
  });

  for (const [name, press] of [
    ['/', '/'],
    ['Ctrl+K', 'Control+k'],
    ['⌘K', 'Meta+k'],
  ] as const) {
    test(`${name} focuses the header box, but not while typing in another field`, async ({ page }) => {
      await open(page, url(PAGES.issue));
      await page.keyboard.press(press);
      await expect(headerBox(page)).toBeFocused();
      await expect(headerBox(page)).toHaveValue('');

      await open(page, url(PAGES.search));
      await pageBox(page).fill('乡村');
      await pageBox(page).press(press);
      await expect(pageBox(page)).toBeFocused();
      if (press === '/') await expect(pageBox(page)).toHaveValue('乡村/');
    });
  }

  test('Enter opens the search page with the query', async ({ page }) => {
    await open(page, url(PAGES.qa));
    await page.keyboard.press('/');
    await page.keyboard.type('返贫');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E8%BF%94%E8%B4%AB$/);
    await expect(pageBox(page)).toHaveValue('返贫');
    await expect(results(page)).toHaveCount(3);
    await expect(page).toHaveTitle('“返贫”的搜索结果 · 数字乡村发展动态');
    await expect(headerBox(page)).toHaveValue('');
  });

  test('arrow keys pick a suggestion and Enter opens it; Escape closes the list', async ({ page }) => {
    await open(page, url(PAGES.home));
    await headerBox(page).fill('农业银行');
    const first = page.getByRole('option').first();
    await expect(first).toContainText('中国农业银行创设“三个基金”巩固脱贫攻坚成果');
    await headerBox(page).press('Escape');
    await expect(page.getByRole('listbox', { name: '搜索建议' })).toBeHidden();
    await headerBox(page).press('ArrowDown');
    await expect(headerBox(page)).toHaveAttribute('aria-expanded', 'false');
    await headerBox(page).fill('农业银行');
    await expect(first).toBeVisible();
    await headerBox(page).press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(headerBox(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
    await headerBox(page).press('Enter');
    await expect(page).toHaveURL(/\/bulletins\/2024-02\/3-2-2\/$/);
  });

  test('a pointer click on a suggestion opens it', async ({ page }) => {
    await open(page, url(PAGES.home));
    await headerBox(page).fill('网络帮扶');
    await page.getByRole('option', { name: /四、《行动计划》如何考虑网络帮扶/ }).click();
    await expect(page).toHaveURL(new RegExp(`${QA}#q4$`));
  });
});
