import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode } from 'fast-png';
import { afterAll, describe, expect, it } from 'vitest';
import { readFixtureIssue } from './pdf/fixture-issue';
import { layOutBulletin } from './pdf/layout';

const root = path.resolve(import.meta.dirname, '../..');
const out = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test spawns tsx processes: seconds each on a busy CI machine, so well past the 5 s default.
describe('import-bulletin CLI', { timeout: 60_000 }, () => {
  const seed = 'tests/fixtures/import/seeds/000_21a9e8d9d6b1c3e3.txt';

  it('writes YYYY-NN.md to --out, and will not overwrite it without --force', () => {
    const first = run('import-bulletin.ts', seed, '--out', out);
    expect(first.code).toBe(0);
    expect(readFileSync(path.join(out, '2024-02.md'), 'utf8')).toBe(
      readFileSync(path.join(root, 'tests/fixtures/content/bulletins/2024-02.md'), 'utf8'),
    );
    const again = run('import-bulletin.ts', seed, '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已经存在：要覆盖它请加 --force');
    expect(run('import-bulletin.ts', seed, '--out', out, '--force', '--date', '2024-02-29').code).toBe(0);
    expect(readFileSync(path.join(out, '2024-02.md'), 'utf8')).toContain('\ndate: 2024-02-29\n---\n');
  });

  it('prints every problem as file:line  message, exits 1 and writes nothing', () => {
    const file = 'tests/fixtures/import/broken/mismatch-order-unclosed.txt';
    const result = run('import-bulletin.ts', file, '--out', path.join(out, 'broken'));
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith(file));
    expect(lines.map((l) => l.slice(0, l.indexOf('  ')))).toEqual([`${file}:16`, `${file}:20`, `${file}:26`]);
    expect(result.stderr).toContain('没有写入任何文件');
    expect(() => readFileSync(path.join(out, 'broken', '2023-12.md'))).toThrow();
  });

  it('writes a file with an unknown section in full and says, with its line, what to add before it validates', () => {
    const file = 'tests/fixtures/import/bulletins/2025-01-four-sections.txt';
    const result = run('import-bulletin.ts', file, '--out', path.join(out, 'four'));
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(out, 'four', '2025-01.md'), 'utf8')).toContain('## 四、国际动态');
    expect(result.stderr).toContain(`${file}:33  注意：栏目 四、国际动态 不是已知栏目`);
  });

  it('refuses a bad --date or a missing file name with the usage, exit 2', () => {
    expect(run('import-bulletin.ts', seed, '--date', '2024-02-30').code).toBe(2);
    const none = run('import-bulletin.ts');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('用法：npx tsx scripts/import-bulletin.ts');
    const misspelt = run('import-bulletin.ts', seed, '--ouput', out);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toMatch(/^命令行参数有误：.*--ouput/u);
    expect(run('import-bulletin.ts', '--lang', 'en').stderr).toContain('usage: npx tsx scripts/import-bulletin.ts');
  });
});

describe('import-bulletin CLI with a PDF', { timeout: 120_000 }, () => {
  const fixture = 'tests/fixtures/import/pdf/2024-04.md';
  const expected = readFileSync(path.join(root, fixture), 'utf8');
  const layout = { font: 'embedded', page: [420, 595], paragraphs: 'indent', pageNumbers: 'dashed', departmentLines: 1 } as const;

  it('writes YYYY-NN.md, each figure as public/images/YYYY-NN/fig-N.png and the PDF as public/pdf/YYYY-NN.pdf, which validate; and overwrites none without --force', async () => {
    const site = path.join(out, 'site');
    const [bulletins, pub] = [path.join(site, 'content/bulletins'), path.join(site, 'public')];
    const pdf = path.join(out, '2024-04.pdf');
    writeFileSync(pdf, (await layOutBulletin(readFixtureIssue(expected), layout)).pdf);
    const first = run('import-bulletin.ts', pdf, '--out', bulletins, '--public', pub);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // The original is kept and named in the front matter, after the fields the fixture has.
    expect(readFileSync(path.join(bulletins, '2024-04.md'), 'utf8')).toBe(expected.replace('\n---\n', '\npdf: /pdf/2024-04.pdf\n---\n'));
    expect(readFileSync(path.join(pub, 'pdf/2024-04.pdf')).equals(readFileSync(pdf))).toBe(true);
    for (const figure of [2, 3]) expect(decode(readFileSync(path.join(pub, `images/2024-04/fig-${figure}.png`))).width).toBeGreaterThan(0);
    expect(existsSync(path.join(pub, 'images/2024-04/fig-1.png'))).toBe(false);

    // The site's own check finds the pictures where the Markdown says they are, each with its alt text.
    const tsx = pathToFileURL(createRequire(path.join(root, 'package.json')).resolve('tsx')).href;
    const validate = spawnSync(process.execPath, ['--import', tsx, path.join(root, 'scripts/validate.ts')], {
      cwd: site,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'content' },
    });
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toContain('内容有效：1 期简报');
    expect(validate.status).toBe(0);

    rmSync(path.join(bulletins, '2024-04.md'));
    const again = run('import-bulletin.ts', pdf, '--out', bulletins, '--public', pub);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${path.join(pub, 'images/2024-04/fig-2.png')} 已经存在：要覆盖它请加 --force`);
    expect(existsSync(path.join(bulletins, '2024-04.md'))).toBe(false);
  });

  it('prints each problem as file.pdf:第N页第M行  message, naming the item, and writes nothing; a scan gets pointed to new:issue', async () => {
    const issue = readFixtureIssue(expected);
    const item = issue.sections[0]?.items[0];
    if (!item) throw new Error('fixture changed');
    item.blocks = item.blocks.filter((block) => block.kind !== 'source');
    const pdf = path.join(out, 'broken.pdf');
    writeFileSync(pdf, (await layOutBulletin(issue, layout)).pdf);
    const dir = path.join(out, 'broken-pdf');
    const result = run('import-bulletin.ts', pdf, '--out', dir, '--public', dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${pdf}:第\\d+页第\\d+行  一、第1条“.*”：缺少信息来源行`, 'mu'));
    expect(result.stderr).toContain('没有写入任何文件');
    const english = run('import-bulletin.ts', pdf, '--out', dir, '--public', dir, '--lang', 'en');
    expect(english.stderr).toMatch(new RegExp(`^${pdf}:page \\d+:line \\d+  item 1 .* has no source line`, 'mu'));
    expect(existsSync(dir)).toBe(false);

    const scan = path.join(out, 'scan.pdf');
    writeFileSync(
      scan,
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    const scanned = run('import-bulletin.ts', scan, '--out', dir);
    expect(scanned.code).toBe(1);
    expect(scanned.stderr).toContain('npm run new:issue');
  });
});

describe('import-post CLI', { timeout: 60_000 }, () => {
  it('writes <slug>.md to --out', () => {
    const result = run(
      'import-post.ts',
      'tests/fixtures/import/seeds/004_c1a3402a308d578a.txt',
      '--slug',
      'digital-village-action-plan-2022-2025',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(out, 'digital-village-action-plan-2022-2025.md'), 'utf8')).toBe(
      readFileSync(path.join(root, 'tests/fixtures/content/qa/digital-village-action-plan-2022-2025.md'), 'utf8'),
    );
  });

  it('asks for --slug when the file name is Chinese', () => {
    const file = 'tests/fixtures/import/posts/数字乡村答记者问.html';
    const result = run('import-post.ts', file, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:1  文件名“数字乡村答记者问.html”不是 ASCII 字符`);
  });
});

describe('the import commands speak Chinese, English with --lang en', { timeout: 60_000 }, () => {
  it('import:bulletin: every problem and the closing line', () => {
    const file = 'tests/fixtures/import/broken/item-without-source.txt';
    const zh = run('import-bulletin.ts', file, '--out', path.join(out, 'lang'));
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(/：缺少信息来源行，请在正文后加（信息来源：…）$/mu);
    expect(zh.stderr).toMatch(/✗ 共 \d+ 个问题：没有写入任何文件。/u);
    expect(zh.stderr).not.toMatch(/has no source line|nothing written/u);
    for (const option of [['--lang', 'en'], ['--lang=en']]) {
      const en = run('import-bulletin.ts', file, '--out', path.join(out, 'lang'), ...option);
      expect(en.code).toBe(1);
      expect(en.stderr).toMatch(/has no source line: add （信息来源：…） after its text$/mu);
      expect(en.stderr).toMatch(/✗ \d+ problem\(s\): nothing written\./u);
      expect(en.stderr).not.toMatch(/缺少信息来源行|没有写入/u);
    }
  });

  it('import:post, and an unknown language is refused with the usage', () => {
    const file = 'tests/fixtures/import/posts/数字乡村答记者问.html';
    expect(run('import-post.ts', file, '--out', out).stderr).toContain('请加 --slug');
    expect(run('import-post.ts', file, '--out', out, '--lang', 'en').stderr).toContain(
      `${file}:1  the file name "数字乡村答记者问.html" is not ASCII`,
    );
    const unknown = run('import-post.ts', file, '--lang', 'fr');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('用法：npx tsx scripts/import-post.ts');
  });
});
