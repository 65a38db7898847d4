import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBulletin } from '../../lib/import/bulletin';
import { formatImportError } from '../../lib/import/errors';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
/** A copy of shared/seeds/000_21a9e8d9d6b1c3e3.txt, so the tests do not depend on shared/ being beside the clone. */
const SEED = 'tests/fixtures/import/seeds/000_21a9e8d9d6b1c3e3.txt';
const FIXTURES = 'tests/fixtures/import/bulletins';
const EXPECTED = 'tests/fixtures/import/expected/bulletins';

function imported(raw: string, options: { date?: string } = {}) {
  const result = importBulletin(raw, options);
  if (!result.ok) throw new Error(result.errors.map((e) => formatImportError('input', e)).join('\n'));
  return result.value;
}

/** NFKC, no whitespace: what must survive any normalisation the importer does. */
const key = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

/**
 * Every line of the input that is not boilerplate must appear in the output. Boilerplate,
 * judged here independently of the importer: the cover and 本期导读 (everything before the body
 * repeats the first section heading), the page header, page numbers, and the contact block,
 * whose values are checked one by one instead. Heading numbers are compared without their
 * marker (`1、` is written `1. `).
 */
function missingLines(raw: string, output: string): string[] {
  const lines = raw
    .replace(/\r\n?/gu, '\n')
    .replace(/\f/gu, '')
    .split('\n')
    .map((l) => l.trim());
  const firstSection = lines.findIndex((l) => /^一[、.．]/u.test(l));
  const bodyStart = lines.findIndex((l, i) => i > firstSection && /^一[、.．]/u.test(l));
  const contactAt = lines.findIndex((l) => /^联系电话/u.test(l));
  const departmentAt = lines.slice(0, contactAt).findLastIndex((l) => l !== '');
  const out = key(output);
  const missing: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (i < bodyStart || line === '' || /^CAICT\s*中国信通院$/u.test(line) || /^[-－—–]?\s*\d{1,3}\s*[-－—–]?$/u.test(line)) continue;
    if (i >= departmentAt) {
      const values = i === departmentAt ? [line] : line.replace(/^(联系电话|电子邮箱)\s*[:：]/u, '').split(/[/／]/u);
      for (const value of values.filter(Boolean)) if (!out.includes(key(value))) missing.push(`${i + 1}: ${value}`);
      continue;
    }
    const text = line.replace(/^(\d{1,2}|[一二三四五六七八九十]+)\s*[、.．]\s*|^[（(][一二三四五六七八九十]+[)）]\s*/u, '');
    if (!out.includes(key(text))) missing.push(`${i + 1}: ${line}`);
  }
  return missing;
}

describe('bulletin importer: the seed issue', () => {
  const raw = read(SEED);

  it('reproduces the published seed issue (its fixture copy of content/bulletins/2024-02.md) byte for byte', () => {
    const result = imported(raw);
    expect(result.fileName).toBe('2024-02.md');
    expect(result.markdown).toBe(read('tests/fixtures/content/bulletins/2024-02.md'));
  });

  it('loses no line of the seed', () => {
    expect(missingLines(raw, imported(raw).markdown)).toEqual([]);
  });

  it('(the completeness check does catch a lost line)', () => {
    const output = imported(raw).markdown.replace('（信息来源：山西网信网）', '').replace('部、中国人民银行', '部');
    // Line 55 (部、中国人民银行…, the second half of a paragraph split by a page break) and the source line 87.
    expect(missingLines(raw, output).map((m) => m.slice(0, m.indexOf(':')))).toEqual(['55', '87']);
  });

  it('adds the date only when given', () => {
    expect(imported(raw).markdown).not.toMatch(/^date:/mu);
    expect(imported(raw, { date: '2024-02-29' }).markdown).toMatch(/\n {4}- zhangjing3@caict\.ac\.cn\ndate: 2024-02-29\n---\n/u);
  });
});

describe('bulletin importer: issues of other shapes', () => {
  it.each([
    ['2024-05-varied.txt', '2024-05.md', { date: '2024-05-20' }],
    ['2023-11-fewer.txt', '2023-11.md', {}],
  ])('%s imports as %s, losing nothing', (input, expected, options) => {
    const raw = read(`${FIXTURES}/${input}`);
    const result = imported(raw, options);
    expect(result.fileName).toBe(expected);
    expect(result.markdown).toBe(read(`${EXPECTED}/${expected}`));
    expect(missingLines(raw, result.markdown)).toEqual([]);
  });

  const varied = imported(read(`${FIXTURES}/2024-05-varied.txt`)).markdown;

  it('joins a paragraph across a page break with its page number and header', () => {
    expect(varied).toContain('畅通农产品进城和工业品下乡双向流通渠道');
    expect(varied).toContain('带动当地农特产品线上销售额增长3倍。');
    expect(varied).not.toMatch(/CAICT|^- \d -$/mu);
  });

  it('keeps a figure caption where it stands between paragraphs of an item', () => {
    expect(varied).toContain('农业生产信息化率达到32%以上。\n\n图1 智慧农业示范基地的无人农机作业\n\n《行动计划》部署了');
  });

  it('joins a paragraph a figure cut in two and puts the caption after it', () => {
    expect(varied).toContain(
      '在乡镇建设一批商贸中心，在村级布局一批新型便民商店，推动农村电商和快递物流融合发展。\n\n图2 县域商业体系建设示意图\n\n（信息来源：商务部网站）',
    );
  });

  it('joins source lines that wrap, also across a page break', () => {
    expect(varied).toContain('（信息来源：中华人民共和国农业农村部官方网站）');
    expect(varied).toContain('（信息来源：工业和信息化部官网）');
    expect(varied).toContain('（信息来源：中国政府网（www.gov.cn））');
  });

  it('reads headings in either width: 1． 1、 (一) （一）', () => {
    expect(varied).toContain('### （一）部委动态\n\n#### 1. 农业农村部发布《全国智慧农业行动计划（2024-2028年）》');
    expect(varied).toContain('### （二）地方动态\n\n#### 1. 浙江省发布数字乡村建设地方标准');
  });

  it('reads the contact block with a dashed number and an e-mail list wrapped onto the next line', () => {
    expect(varied).toContain(
      '  phones:\n    - "010-62301618"\n    - "18536356372"\n  emails:\n    - liuchenxil@caict.ac.cn\n    - zhangjing3@caict.ac.cn\n    - wangwei@caict.ac.cn\n',
    );
  });

  describe('a department name printed over two lines', () => {
    const seed = read(SEED);
    const department = '产业与规划研究所 新基建与数字化发展研究部';
    const wrapped = seed.replace(department, '产业与规划研究所\n\nCAICT 中国信通院\n\n新基建与数字化发展研究部');

    it('is joined with a space, as the one-line name prints', () => {
      expect(wrapped).not.toBe(seed);
      expect(imported(wrapped).markdown).toBe(imported(seed).markdown);
    });

    it('is joined after a source line that wraps too', () => {
      const both = wrapped.replace('(信息来源: 国家乡村振兴局官网)\n\n产业', '(信息来源: 国家乡村振兴局\n官网)\n\n产业');
      expect(both).not.toBe(wrapped);
      expect(imported(both).markdown).toBe(imported(seed).markdown);
    });

    it('but a sentence above the contact block is a stray line, not part of the name', () => {
      const stray = seed.replace(department, `本期内容仅供参考。\n\n${department}`);
      const result = importBulletin(stray);
      expect(result.ok).toBe(false);
      const line = stray.split('\n').indexOf('本期内容仅供参考。') + 1;
      expect(result.ok ? [] : result.errors).toMatchObject([
        { line, message: expect.stringContaining('text after the source line of item 3') },
      ]);
    });
  });

  it('keeps separate paragraphs separate: one that ends a sentence before a page break', () => {
    const fewer = imported(read(`${FIXTURES}/2023-11-fewer.txt`)).markdown;
    expect(fewer).toContain('3000余个新型农业经营主体。\n\n二期建设将重点完善');
  });

  it('handles sections it does not know: four sections, the last without subsections; headings wrapped in the TOC and the body', () => {
    const four = imported(read(`${FIXTURES}/2025-01-four-sections.txt`)).markdown;
    expect(four.match(/^## .*$/gmu)).toEqual(['## 一、中央精神', '## 二、工作动态', '## 三、发展实践', '## 四、国际动态']);
    expect(four).toContain('## 四、国际动态\n\n#### 1. 联合国粮农组织发布数字农业报告');
    expect(four).toContain('#### 2. 欧盟启动乡村数字化计划\n\n欧盟启动乡村数字化计划。\n\n（信息来源：欧盟委员会）\n');
  });

  it('names each heading the site does not know yet, at its line, so the editor knows to add it to sections.ts', () => {
    const four = imported(read(`${FIXTURES}/2025-01-four-sections.txt`));
    expect(four.notices).toMatchObject([
      { line: 33, message: expect.stringMatching(/^section 四、国际动态 is not a known section: add it to lib\/content\/sections\.ts/u) },
    ]);
    expect(imported(read(SEED)).notices).toEqual([]);
  });
});

describe('bulletin importer: broken inputs', () => {
  const errors = (file: string) => {
    const result = importBulletin(read(`tests/fixtures/import/broken/${file}`));
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.errors.map((e) => formatImportError(file, e, 'en'));
  };

  it('a TOC entry with no heading in the body', () => {
    expect(errors('toc-entry-without-body.txt')).toEqual([
      'toc-entry-without-body.txt:13  本期导读 lists item "浙江省发布数字乡村建设标准" but the body has no such heading',
    ]);
  });

  it('a body item missing from the TOC', () => {
    expect(errors('item-missing-from-toc.txt')).toEqual([
      'item-missing-from-toc.txt:22  item "国务院部署农村寄递物流体系建设" is missing from 本期导读',
    ]);
  });

  it('lines that fit nowhere: before an item, a bare number, in the contact block (on the cover and in the TOC: warnings)', () => {
    // The cover and 本期导读 are read for the issue and as a cross-check: a line there is left out with a warning.
    const result = importBulletin(read('tests/fixtures/import/broken/stray-lines.txt'));
    expect(result.ok ? [] : result.warnings?.map((e) => formatImportError('stray-lines.txt', e, 'en'))).toEqual([
      'stray-lines.txt:6  left out "内部资料 注意保存" on the cover: it is not the publisher (中国信息通信研究院) below the issue line',
      'stray-lines.txt:9  left out "（本期共 2 页）" in 本期导读: each entry starts with 一、 （一） or 1.',
    ]);
    expect(errors('stray-lines.txt')).toEqual([
      'stray-lines.txt:28  cannot place "本栏目介绍各地数字乡村建设进展。": text under （一）地方动态 before its first item; every paragraph belongs to an item "1. 标题"',
      'stray-lines.txt:34  stray line "7": a bare number away from the page header CAICT 中国信通院 (a page number? delete it; a figure? put it in the text)',
      'stray-lines.txt:41  cannot place "地址: 北京市海淀区花园北路52号" in the contact block: expected 联系电话: or 电子邮箱: and their values',
    ]);
  });

  it('an item without a source line', () => {
    expect(errors('item-without-source.txt')).toEqual([
      'item-without-source.txt:16  item 1 "中央农村工作会议在京召开" has no source line: add （信息来源：…） after its text',
    ]);
  });

  it('a retitled TOC entry, an unclosed source line and an item number out of order, all at once', () => {
    expect(errors('mismatch-order-unclosed.txt')).toEqual([
      'mismatch-order-unclosed.txt:16  item title differs from 本期导读 (line 9): body has "中央农村工作会议在京召开", table of contents has "中央经济工作会议在京召开"',
      'mismatch-order-unclosed.txt:20  source line is not closed: end it with ）',
      'mismatch-order-unclosed.txt:26  item 2. is out of order: expected item number 1',
    ]);
  });

  it('no 本期导读, no contact block', () => {
    expect(errors('no-toc.txt')).toEqual(['no-toc.txt:1  no 本期导读 line: cannot tell the title block from the table of contents']);
    expect(errors('no-contacts.txt')).toEqual([
      'no-contacts.txt:30  no contact block at the end: expected the department line, 联系电话: … and 电子邮箱: …',
    ]);
  });

  it('an impossible --date', () => {
    const result = importBulletin(read(`${FIXTURES}/2023-11-fewer.txt`), { date: '2023-11-31' });
    expect(result.ok ? [] : result.errors).toMatchObject([{ line: 1, message: '--date 2023-11-31 is not a real date written YYYY-MM-DD' }]);
  });
});

describe('wrapped titles', () => {
  it('join in 本期导读 and in the body when the continuation starts with digits or Latin', () => {
    const seed = read(SEED);
    const clean = imported(seed);
    const wrapped = seed
      .replace(
        '3.农业农村部公布 2023 年度农业农村信息化示范基地认定名单.....\t3',
        '3.农业农村部公布\n2023 年度农业农村信息化示范基地认定名单.....\t3',
      )
      .replace('3. 农业农村部公布 2023 年度农业农村信息化示范基地认定名单', '3. 农业农村部公布\n2023 年度农业农村信息化示范基地认定名单');
    expect(wrapped.split('公布\n2023 年度').length).toBe(3);
    expect(imported(wrapped).markdown).toBe(clean.markdown);
  });
});
