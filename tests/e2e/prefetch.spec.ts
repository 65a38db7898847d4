import { expect, type Locator, type Page, test } from '@playwright/test';
import { PAGES, url } from './site';

/** Next's page payload requests (`…/__next.….txt?_rsc=…`): what a prefetch asks for. */
function payloadRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).searchParams.has('_rsc')) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

/** Reaches for a link until its page is prefetched: a pointer that arrives before hydration is not seen. */
async function reachFor(page: Page, link: Locator, how: 'hover' | 'focus', payloads: string[], path: string) {
  await expect(async () => {
    await page.mouse.move(0, 0);
    await page.locator('body').focus();
    await (how === 'hover' ? link.hover() : link.focus());
    expect(payloads.some((request) => request.includes(path))).toBe(true);
  }).toPass();
}

/** Links prefetch the page a reader reaches for, not every page whose link is on screen. */
test('a link prefetches its page when pointed at or focused, and no page is prefetched unasked', async ({ page }) => {
  const payloads = payloadRequests(page);
  await page.goto(url(PAGES.issue));
  await reachFor(page, page.locator(`main a[href$="${PAGES.item}"]`).first(), 'hover', payloads, PAGES.item);
  // Another item of the same issue, reached by keyboard.
  const other = PAGES.item.replace(/[^/]+\/$/, '1-1/');
  await reachFor(page, page.locator(`main a[href$="${other}"]`).first(), 'focus', payloads, other);
  // By now the page has hydrated and gone quiet: viewport prefetch would have asked for the header's pages.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  expect(payloads.filter((request) => !request.includes(PAGES.item) && !request.includes(other))).toEqual([]);
});
