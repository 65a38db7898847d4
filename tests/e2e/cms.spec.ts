import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { DECAP_TARGETS } from '../../lib/cms/admin-styles';
import { loadSiteContent } from '../../lib/site-content';
import { readFixtureIssue } from '../import/pdf/fixture-issue';
import { layOutBulletin } from '../import/pdf/layout';
import { pdfOf, readFixture, root, SHAPES } from '../import/pdf/shapes';
import { url } from './site';

/**
 * The CMS at /admin/ as an editor uses it, on the exported site: Decap CMS against
 * decap-server (its local backend, MODE=git: the editorial workflow's branches in a
 * throwaway repository holding the fixture content). An issue made from a PDF, and an edit
 * of one field, go through draft → ready → publish, and the files that land on main are
 * compared byte for byte and validated.
 *
 * Decap asks for its local backend at localhost:8081 (config.yml's `local_backend: true`);
 * the test answers from a decap-server on a port of its own (DECAP_PORT, by default E2E_PORT + 5000),
 * so an editor's own server on 8081 is never touched. CMS_SHOTS_DIR=/tmp/cms-shots keeps screenshots of each step.
 */
// Beside the site's port by default, so two runs on different E2E_PORTs never share a decap-server.
const DECAP_PORT = Number(process.env.DECAP_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 5000);
const LOCAL_BACKEND = 'http://localhost:8081/api/v1';
const SHOTS = process.env.CMS_SHOTS_DIR;

const NEW_ISSUE = SHAPES.find((shape) => shape.fixture.endsWith('/2024-05.md'));
const SEED = 'bulletins/2024-02.md';

test.describe.configure({ mode: 'serial' });

let repo = '';
let server: ChildProcess | undefined;
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test.beforeAll(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'cms-repo-'));
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'CMS test');
  git('config', 'user.email', 'cms-test@example.invalid');
  mkdirSync(path.join(repo, 'content'));
  cpSync(path.join(root, 'tests/fixtures/content'), path.join(repo, 'content'), { recursive: true });
  git('add', '.');
  git('commit', '--quiet', '-m', 'fixture content');

  server = spawn(process.execPath, [path.join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(DECAP_PORT), MODE: 'git', GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  server.stderr?.on('data', (chunk) => {
    errors += chunk;
  });
  // Ready when it answers; its first request may come before it listens.
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`decap-server exited: ${errors}`);
    const answer = await fetch(`http://127.0.0.1:${DECAP_PORT}/api/v1`, { method: 'POST', body: '{}' }).catch(() => undefined);
    if (answer) break;
    if (Date.now() > deadline) throw new Error(`decap-server did not start on port ${DECAP_PORT}: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});

test.afterAll(() => {
  server?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

// Decap keeps polling the backend: a request still being forwarded when a test ends must not
// fail the run (Playwright reports it as an error outside any test and skips the next test).
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

/** Signs in to the local backend, answered by our decap-server, and opens `route` (`#/…`). */
async function openCms(page: Page, route: string) {
  await page.route(`${LOCAL_BACKEND}**`, async (intercepted) => {
    const forwarded = intercepted.request().url().replace('http://localhost:8081', `http://127.0.0.1:${DECAP_PORT}`);
    await intercepted.fulfill({ response: await intercepted.fetch({ url: forwarded }) });
  });
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(url('/admin/'));
  await shot(page, '01-login');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('link', { name: /数字乡村发展动态/ })).toBeVisible();
  await page.goto(url(`/admin/${route}`));
  // Going to the editor loads Decap's 5 MB again, and then the entry from decap-server: on a busy
  // machine that takes longer than an assertion's 5 s. Everything below starts from the ready editor.
  await expect(page.getByRole('button', { name: '保存' })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('#preview-pane')).toBeVisible({ timeout: 60_000 });
}

const preview = (page: Page) => page.frameLocator('#preview-pane');
const importStatus = (page: Page) => page.locator('.cms-pdf-import [role="status"]');

/** 从 PDF 导入 with the 2024-05 fixture laid out as a PDF. */
async function importPdf(page: Page) {
  if (!NEW_ISSUE) throw new Error('no PDF shape for 2024-05');
  const { pdf } = await pdfOf(NEW_ISSUE);
  await page.getByLabel('从 PDF 导入').setInputFiles({ name: '2024-05.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
  // pdf.js and its worker load on the first import; reading the pages takes a few seconds on a busy machine.
  await expect(importStatus(page)).toContainText('已从 2024-05.pdf 导入 2024年第5期', { timeout: 60_000 });
}

/**
 * Draft → ready → published: the editorial workflow's steps, as an editor clicks them.
 * `saved` runs between saving and publishing, while the entry sits on its cms/ branch.
 */
async function saveAndPublish(page: Page, name: string, saved: () => void = () => {}) {
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('内容已保存')).toBeVisible();
  saved();
  await page.getByRole('button', { name: /状态/ }).click();
  await page.getByRole('menuitem', { name: '就绪' }).click();
  await expect(page.getByRole('button', { name: /状态.*就绪/ })).toBeVisible();
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await shot(page, `${name}-ready`);
  await page.getByRole('menuitem', { name: '立即发布' }).click();
  await expect(page.getByText('内容已发布')).toBeVisible();
}

/** The file as it is on the repository's main branch (what a merged pull request gives). */
const onMain = (file: string) => git('show', `main:content/${file}`);

function validate() {
  return loadSiteContent(path.join(repo, 'content')).problems;
}

test('a new issue from its PDF: imported, checked in the preview, saved as 2024-05.md on a cms/ branch, published byte for byte', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openCms(page, '#/collections/bulletins/new');
  await shot(page, '02-new-issue');

  // Before the import: the preview names what is missing.
  await expect(preview(page).locator('.cms-problems')).toContainText('个问题');

  await importPdf(page);
  await shot(page, '03-imported');
  // The PDF prints no date: the editor types it, as the status line asks.
  await page.getByLabel('出版日期').fill('2024-05-20');
  await expect(preview(page).locator('.cms-problems')).toHaveAttribute('data-problems', '0');
  await expect(preview(page).locator('.cms-problems')).toContainText('content/bulletins/2024-05.md');
  await shot(page, '04-checked');

  await saveAndPublish(page, '05-new', () => {
    // The editorial workflow: the entry lives on its own branch (a pull request on GitHub) until published.
    expect(git('branch', '--list', 'cms/*')).toContain('cms/bulletins/2024-05');
    expect(() => onMain('bulletins/2024-05.md')).toThrow();
  });

  expect(onMain('bulletins/2024-05.md')).toBe(readFixture(NEW_ISSUE as NonNullable<typeof NEW_ISSUE>));
  expect(readFileSync(path.join(repo, 'content/bulletins/2024-05.md'), 'utf8')).toBe(onMain('bulletins/2024-05.md'));
  expect(validate()).toEqual([]);
});

test('an entry with problems is not saved: the preview lists them at their line, saving names the first', async ({ page }) => {
  test.setTimeout(180_000);
  await openCms(page, '#/collections/bulletins/new');

  // A PDF the importer cannot read whole: its problems, at their page and line, and nothing filled in.
  if (!NEW_ISSUE) throw new Error('no PDF shape for 2024-05');
  const broken = readFixtureIssue(readFixture(NEW_ISSUE));
  const first = broken.sections[0]?.items[0];
  if (!first) throw new Error('fixture changed');
  first.blocks = first.blocks.filter((block) => block.kind !== 'source');
  const { pdf } = await layOutBulletin(broken, NEW_ISSUE.layout);
  await page.getByLabel('从 PDF 导入').setInputFiles({ name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
  await expect(importStatus(page)).toContainText('broken.pdf 有 1 个问题，没有导入任何内容', { timeout: 60_000 });
  await expect(page.locator('.cms-import-problems li')).toHaveText([/^broken\.pdf:page \d+:line \d+ {2}item 1 .* has no source line/]);
  await expect(page.getByLabel('年份')).toHaveValue('');
  await shot(page, '06-import-problems');

  await importPdf(page);
  // Every form field is filled and valid (Decap's own checks pass); the body breaks a rule of the parser.
  await page.getByLabel('期号').fill('6');
  await page.getByLabel('正文').fill('\n## 一、中央精神\n\n#### 1. 没有来源的条目\n\n正文。\n');
  const problems = preview(page).locator('.cms-problems');
  await expect(problems).toContainText('content/bulletins/2024-06.md:');
  await shot(page, '07-problems');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/^没有保存：有 1 个问题，改正后才能保存/)).toBeVisible();
  await shot(page, '08-refused');
  expect(git('branch', '--list', 'cms/*')).not.toContain('2024-06');
});

test('editing one front matter field of the seed issue keeps its file name and its body byte for byte', async ({ page }) => {
  test.setTimeout(180_000);
  const before = onMain(SEED);
  const filesBefore = git('ls-tree', '--name-only', 'main', 'content/bulletins/');
  await openCms(page, '#/collections/bulletins/entries/2024-02');
  const department = page.getByLabel('部门');
  const old = await department.inputValue();
  await department.fill(`${old}（改）`);
  await saveAndPublish(page, '09-edit');

  const after = onMain(SEED);
  const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 4));
  expect(bodyOf(after)).toBe(bodyOf(before));
  expect(after).toBe(before.replace(`department: ${old}\n`, `department: ${old}（改）\n`));
  expect(git('ls-tree', '--name-only', 'main', 'content/bulletins/')).toBe(filesBefore);
  expect(validate()).toEqual([]);
});

/** What the toolbar's "unchanged" status shows in place of 修改已保存 (lib/cms/admin-styles.ts), or `none`. */
const unchangedStatus = (page: Page) =>
  page
    .locator(`.${DECAP_TARGETS.BackStatusUnchanged}`)
    .evaluate((status) => (getComputedStyle(status).visibility === 'hidden' ? getComputedStyle(status, '::after').content : 'none'));

/** Text that reads as English: two Latin words in a row. */
const ENGLISH = /[A-Za-z]{2,}[ ,.;:]+[A-Za-z]{2,}/;

test('the form speaks Chinese and claims nothing untrue: hints, groups, a new entry not yet saved, a wrong date', async ({ page }) => {
  test.setTimeout(180_000);
  await openCms(page, '#/collections/bulletins/new');
  // A new entry nothing has been typed into is not saved, and the toolbar does not say it is.
  await expect(page.getByText('修改已保存')).toBeHidden();
  expect(await unchangedStatus(page)).toBe('"新内容，尚未保存"');
  // Every hint is Chinese; the groups carry their labels and no unlabeled bar.
  const hints = await page.locator('label + * ~ p, p[class]').allInnerTexts();
  const english = hints.filter((text) => ENGLISH.test(text.replace(/`[^`]*`/g, '')));
  expect(english).toEqual([]);
  await expect(page.getByText('联系方式', { exact: true })).toBeVisible();
  await page.getByText('联系方式', { exact: true }).scrollIntoViewIfNeeded();
  await shot(page, '10-groups');
  // Only the lists keep a bar, and it says what it holds: 0 联系电话.
  const bars = await page
    .getByTestId('expand-button')
    .evaluateAll((buttons) => buttons.map((button) => button.parentElement?.textContent?.trim()));
  expect(bars).toEqual(['0 联系电话', '0 电子邮箱']);
  await expect(page.getByText('出版日期 (可选)')).toBeVisible();

  // Decap's own check of a field's pattern shows the description as written, not in capitals.
  await page.getByLabel('出版日期').fill('May 20');
  await page.getByRole('button', { name: '保存' }).click();
  const wrong = page.getByText('“出版日期”填写有误。');
  await expect(wrong).toBeVisible();
  await expect(wrong).toHaveCSS('text-transform', 'none');
  await shot(page, '10-pattern');
  // Typed into, the entry has unsaved changes and says so.
  await expect(page.getByText('含未保存的修改')).toBeVisible();

  await page.goto(url('/admin/#/collections/bulletins'));
  await expect(page.getByRole('link', { name: '新建一期' })).toBeVisible({ timeout: 60_000 });
});

test('网址名 is required for a new Q&A article and read-only for an existing one, which saves without it; the workflow says 审核中 and 12月3日', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const file = 'qa/digital-village-action-plan-2022-2025.md';
  const before = onMain(file);
  await openCms(page, '#/collections/qa/entries/digital-village-action-plan-2022-2025');
  const slug = page.getByLabel('网址名');
  await expect(slug).toHaveValue('digital-village-action-plan-2022-2025');
  await expect(slug).toHaveAttribute('readonly', '');
  // Opening it changes nothing.
  await expect(page.getByText('修改已保存')).toBeVisible();
  expect(await unchangedStatus(page)).toBe('none');
  const title = page.getByLabel('标题');
  await title.fill(`${await title.inputValue()}（改）`);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('内容已保存')).toBeVisible();
  await page.getByRole('button', { name: /状态/ }).click();
  await page.getByRole('menuitem', { name: '审核中' }).click();
  expect(git('show', `cms/qa/digital-village-action-plan-2022-2025:content/${file}`)).toBe(
    before.replace(/^title: (.*)$/m, (_, old) => `title: ${old}（改）`),
  );

  await page.goto(url('/admin/#/collections/qa/new'));
  await page.reload();
  await expect(page.getByText('网址名', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/网址名\s*\(可选\)/)).toHaveCount(0);
  await page.getByLabel('标题').fill('新文章');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('“网址名”是必填项')).toBeVisible();

  await page.goto(url('/admin/#/workflow'));
  await page.reload();
  await expect(page.getByRole('heading', { name: '审核中' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('审查中')).toHaveCount(0);
  const card = page.locator('a[href*="digital-village-action-plan-2022-2025"]');
  await expect(card).toContainText(/\d{1,2}月\d{1,2}日/);
  await shot(page, '11-workflow');
});
