import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { loadSiteContent } from '@/lib/site/load';
import { contentFolder, edit, lineOf, SEED_BULLETIN, SEED_QA } from './helpers';

const QA = 'qa/digital-village-action-plan-2022-2025.md';

/** Validate a content folder holding the seed files with `overrides` applied; return the printed lines. */
function problems(overrides: Record<string, string>): string[] {
  const dir = contentFolder({ 'bulletins/2024-02.md': SEED_BULLETIN, [QA]: SEED_QA, ...overrides });
  return loadSiteContent(dir).problems.map((issue) => formatProblem(issue, 'en').replaceAll(`${dir}/`, ''));
}

describe('bad input is reported with file, line, field and message', () => {
  it('accepts the seed content', () => {
    expect(problems({})).toEqual([]);
  });

  it('reports a YAML syntax error at its line', () => {
    const text = edit(SEED_BULLETIN, 'year: 2024', 'year: [2024');
    // The parser notices the unclosed [ where the next line starts.
    expect(problems({ 'bulletins/2024-02.md': text })).toEqual([
      'bulletins/2024-02.md:5:1  front matter  YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports a missing field at the front matter and a wrong type at its value', () => {
    const text = edit(edit(SEED_BULLETIN, 'publisher: 中国信息通信研究院\n', ''), 'year: 2024', 'year: 二〇二四');
    expect(problems({ 'bulletins/2024-02.md': text })).toEqual([
      'bulletins/2024-02.md:1:1  publisher  required field is missing (expected text)',
      'bulletins/2024-02.md:4:1  year  expected a whole number, for example 2024',
    ]);
  });

  it('reports an impossible date', () => {
    const text = edit(SEED_BULLETIN, 'number: 2\n', 'number: 2\ndate: 2024-02-30\n');
    expect(problems({ 'bulletins/2024-02.md': text })).toEqual(['bulletins/2024-02.md:6:1  date  expected a real date as YYYY-MM-DD']);
  });

  it('reports an unknown field', () => {
    const text = edit(SEED_BULLETIN, 'number: 2\n', 'number: 2\nnumbr: 3\n');
    expect(problems({ 'bulletins/2024-02.md': text })).toEqual(['bulletins/2024-02.md:6:1  numbr  unknown field "numbr"']);
  });

  it('reports an unknown section', () => {
    const text = edit(SEED_BULLETIN, '## 一、中央精神', '## 一、中央精神要点');
    expect(problems({ 'bulletins/2024-02.md': text })[0]).toBe(
      `bulletins/2024-02.md:${lineOf(SEED_BULLETIN, '## 一、中央精神')}:1  section  unknown section "中央精神要点": expected one of 中央精神、工作动态、发展实践`,
    );
  });

  it('reports an item without a source, and one with two', () => {
    const noSource = edit(SEED_BULLETIN, '（信息来源：新华社）\n', '');
    const line = lineOf(SEED_BULLETIN, '#### 1. 《中共中央');
    expect(problems({ 'bulletins/2024-02.md': noSource })).toEqual([
      `bulletins/2024-02.md:${line}:1  item.source  item 1-1 has no source line: add （信息来源：…） after its text`,
    ]);
    const twoSources = edit(SEED_BULLETIN, '（信息来源：新华社）\n', '（信息来源：新华社）\n\n（信息来源：人民网）\n');
    const second = lineOf(SEED_BULLETIN, '（信息来源：新华社）') + 2;
    expect(problems({ 'bulletins/2024-02.md': twoSources })).toEqual([
      `bulletins/2024-02.md:${second}:1  item.source  item 1-1 has two source lines: keep one （信息来源：…）`,
    ]);
  });

  it('reports item numbers out of order', () => {
    const text = edit(SEED_BULLETIN, '#### 2. 山西省开展数字乡村试点', '#### 3. 山西省开展数字乡村试点');
    expect(problems({ 'bulletins/2024-02.md': text })).toEqual([
      `bulletins/2024-02.md:${lineOf(SEED_BULLETIN, '#### 2. 山西省')}:1  item.number  item "山西省开展数字乡村试点" is numbered 3, expected 2`,
    ]);
  });

  it('reports two files for the same year and number', () => {
    const copy = edit(SEED_BULLETIN, 'number: 2', 'number: 2');
    expect(problems({ 'bulletins/2024-03.md': copy })).toEqual([
      'bulletins/2024-03.md:1:1  file name  front matter says 2024年第2期: name the file 2024-02.md',
      'bulletins/2024-03.md:1:1  number  2024年第2期 is already in bulletins/2024-02.md',
    ]);
  });

  it('reports a non-ASCII slug', () => {
    expect(problems({ 'qa/数字乡村答记者问.md': SEED_QA })).toEqual([
      'qa/数字乡村答记者问.md:1:1  file name  "数字乡村答记者问" is not an ASCII slug: use lowercase letters, digits and dashes, for example digital-village-action-plan',
    ]);
  });

  it('reports a Q&A time without its time zone', () => {
    const text = edit(SEED_QA, 'date: 2022-01-26T18:56:08+08:00', 'date: 2022-01-26 18:56:08');
    expect(problems({ [QA]: text })).toEqual([
      `${QA}:4:1  date  expected a real date and time with its time zone, for example 2022-01-26T18:56:08+08:00`,
    ]);
  });

  it('reports a broken internal link, a missing image and an image without alt text', () => {
    const text = edit(
      SEED_BULLETIN,
      '图2 直播现场',
      '见[上一期](/bulletins/2024-01/)。\n\n![](/images/2024-02/missing.jpg)\n\n图2 直播现场',
    );
    const line = lineOf(SEED_BULLETIN, '图2 直播现场');
    expect(problems({ 'bulletins/2024-02.md': text })).toEqual([
      `bulletins/2024-02.md:${line}:2  link  internal link /bulletins/2024-01/ points nowhere`,
      `bulletins/2024-02.md:${line + 2}:1  image  image /images/2024-02/missing.jpg does not exist: add it to public/images/2024-02/missing.jpg`,
      `bulletins/2024-02.md:${line + 2}:1  image.alt  image /images/2024-02/missing.jpg has no alt text: write ![what the picture shows](/images/2024-02/missing.jpg)`,
    ]);
  });

  it('reports a TODO marker left by the scaffold', () => {
    const text = edit(SEED_BULLETIN, '（信息来源：新华社）', '（信息来源：TODO）');
    expect(problems({ 'bulletins/2024-02.md': text })).toEqual([
      `bulletins/2024-02.md:${lineOf(SEED_BULLETIN, '（信息来源：新华社）')}:7  TODO  unfinished: replace the TODO marker with the real text`,
    ]);
  });
});

describe('npm run validate', () => {
  const dir = contentFolder({
    'bulletins/2024-02.md': edit(SEED_BULLETIN, '（信息来源：新华社）\n', ''),
    'bulletins/2024-03.md': edit(edit(SEED_BULLETIN, 'number: 2', 'number: 3'), '## 一、中央精神', '## 一、中央文件'),
    [QA]: edit(SEED_QA, 'source: 网信中国', 'source: 42\nlayout: post'),
  });
  /** validate's exit status and the problem lines it printed, the folder shown as <dir>. */
  function validate(...args: string[]): { status: number; lines: string[]; output: string } {
    try {
      execFileSync('npx', ['tsx', 'scripts/validate.ts', ...args], {
        env: { ...process.env, CONTENT_DIR: dir },
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { status: 0, lines: [], output: '' };
    } catch (error) {
      const { status, stderr } = error as { status: number; stderr: string };
      const lines = stderr
        .split('\n')
        .filter((l) => l.includes('  '))
        .map((l) => l.replace(dir, '<dir>'));
      return { status, lines, output: stderr };
    }
  }

  it('lists every problem in every file at once, in Chinese, and exits 1', () => {
    const { status, lines, output } = validate();
    expect(status).toBe(1);
    expect(lines).toEqual([
      `<dir>/bulletins/2024-02.md:${lineOf(SEED_BULLETIN, '#### 1. 《中共中央')}:1  一、第1条 “《中共中央 国务院关于学习运…”：缺少信息来源行，请在正文后加（信息来源：…）`,
      `<dir>/bulletins/2024-03.md:${lineOf(SEED_BULLETIN, '## 一、中央精神')}:1  栏目：未知栏目“中央文件”：应为中央精神、工作动态、发展实践之一`,
      '<dir>/qa/digital-village-action-plan-2022-2025.md:5:1  文章来源：应为文字',
      '<dir>/qa/digital-village-action-plan-2022-2025.md:6:1  layout：未知字段“layout”：请检查拼写，或删除',
    ]);
    expect(output).toContain('✗ 3 个文件中共有 4 个问题。');
  }, 30_000);

  it('speaks English on request: --lang en', () => {
    const { status, lines, output } = validate('--lang', 'en');
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^<dir>\/bulletins\/2024-02\.md:\d+:1 {2}item\.source {2}item 1-1 has no source line/),
      expect.stringMatching(/^<dir>\/bulletins\/2024-03\.md:\d+:1 {2}section {2}unknown section "中央文件"/),
      '<dir>/qa/digital-village-action-plan-2022-2025.md:5:1  source  expected text',
      '<dir>/qa/digital-village-action-plan-2022-2025.md:6:1  layout  unknown field "layout"',
    ]);
    expect(output).toContain('4 problem(s) in 3 file(s)');
  }, 30_000);
});

describe('validating named files', () => {
  it('checks a file outside the content folder against the content folder, by the folder it sits in', () => {
    const content = contentFolder({ 'bulletins/2024-02.md': SEED_BULLETIN });
    const elsewhere = contentFolder({ 'bulletins/2024-03.md': edit(SEED_BULLETIN, '（信息来源：新华社）\n', '') });
    const problems = loadSiteContent(content, { only: [`${elsewhere}/bulletins/2024-03.md`, `${elsewhere}/nope.md`] }).problems;
    expect(problems.map((i) => `${i.file.replace(elsewhere, '<elsewhere>')}  ${i.field}  ${i.message}`)).toEqual([
      '<elsewhere>/bulletins/2024-03.md  file name  front matter says 2024年第2期: name the file 2024-02.md',
      `<elsewhere>/bulletins/2024-03.md  number  2024年第2期 is already in ${content}/bulletins/2024-02.md`,
      '<elsewhere>/bulletins/2024-03.md  item.source  item 1-1 has no source line: add （信息来源：…） after its text',
      '<elsewhere>/nope.md  file name  no such file',
    ]);
  });
});

describe('npm run build', () => {
  it('stops with exit 1 and the full list before building anything when content is invalid', () => {
    const dir = contentFolder({ 'bulletins/2024-02.md': edit(SEED_BULLETIN, '## 一、中央精神', '## 一、中央文件') });
    let status = 0;
    let stderr = '';
    let stdout = '';
    try {
      execFileSync('npm', ['run', 'build'], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      ({ status, stderr, stdout } = error as { status: number; stderr: string; stdout: string });
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/2024-02\.md:\d+:1 {2}栏目：.*中央文件/);
    expect(stderr).toContain('✗ 1 个文件中共有 1 个问题。');
    // Stopped before Next started compiling.
    expect(`${stdout}${stderr}`).not.toMatch(/▲ Next\.js|Creating an optimized production build/);
  }, 60_000);
});
