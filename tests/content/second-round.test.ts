/**
 * Issue 20's classes of slips, each as an editor or a hostile pull request makes it: every one is
 * reported at its line by its rule, once, without a cascade of other messages; and the valid but
 * unusual files stay valid.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { loadSiteContent } from '@/lib/site/load';
import { contentFolder, cut, edit, lineOf, SEED_BULLETIN, SEED_QA } from './helpers';

const BULLETIN = 'bulletins/2024-02.md';
const QA = 'qa/digital-village-action-plan-2022-2025.md';
const publicDir = contentFolder({});

function load(files: Record<string, string>, setup?: (dir: string) => void) {
  const dir = contentFolder({ [BULLETIN]: SEED_BULLETIN, [QA]: SEED_QA, ...files });
  setup?.(dir);
  return loadSiteContent(dir, { publicDir });
}
/** `rule@line` of every problem. */
const rules = (files: Record<string, string>, setup?: (dir: string) => void) =>
  load(files, setup).problems.map((problem) => `${problem.rule}@${problem.line}`);
const bulletin = (from: string, to: string) => ({ [BULLETIN]: edit(SEED_BULLETIN, from, to) });
const qa = (from: string, to: string) => ({ [QA]: edit(SEED_QA, from, to) });
const line = (needle: string, text = SEED_BULLETIN) => lineOf(text, needle);

describe('Markdown that changes the structure without a word', () => {
  it('a --- or === line under a line of text, in a bulletin and in a Q&A', () => {
    const source = line('（信息来源：新华社）');
    expect(rules(bulletin('（信息来源：新华社）', '小结\n---\n\n（信息来源：新华社）'))).toEqual([`setext-heading@${source}`]);
    expect(rules(bulletin('（信息来源：新华社）', '小结\n===\n\n（信息来源：新华社）'))).toEqual([`setext-heading@${source}`]);
    const next = line('## 二、', SEED_QA);
    expect(rules(qa('## 二、', '补充说明\n---\n\n## 二、'))).toEqual([`setext-heading@${next}`]);
  });

  it('####2. without its space is read as the heading meant, and reported', () => {
    expect(rules(bulletin('#### 2. 山西省', '####2. 山西省'))).toEqual([`heading-space@${line('#### 2. 山西省')}`]);
    expect(rules(qa('## 二、', '##二、'))).toEqual([`heading-space@${line('## 二、', SEED_QA)}`]);
  });

  it('a paragraph indented by a tab or four spaces for 首行缩进, a fenced code block', () => {
    expect(rules(bulletin('2月3日，', '\t2月3日，'))).toEqual([`code-block@${line('2月3日，')}`]);
    expect(rules(qa('答：2020年', '    答：2020年'))).toEqual([`code-block@${line('答：2020年', SEED_QA)}`]);
    const fenced = load(bulletin('2月3日，', '```\n代码\n```\n\n2月3日，')).problems;
    expect(fenced.map((p) => p.messageZh)).toEqual(['正文里不能有代码块（```）：请写成普通段落']);
    const indented = load(bulletin('2月3日，', '    2月3日，')).problems;
    expect(indented.map((p) => p.messageZh)).toEqual(['这段文字用 Tab 或空格缩进，会变成代码块：首行缩进不用空格或 Tab，直接写正文']);
  });

  it('footnotes, whose notes would be dropped', () => {
    const text = edit(edit(SEED_BULLETIN, '2月3日，', '2月3日[^1]，'), '（信息来源：新华社）', '（信息来源：新华社）\n\n[^1]: 注释');
    expect(rules({ [BULLETIN]: text })).toEqual([`footnote@${line('2月3日，')}`, `footnote@${line('（信息来源：新华社）') + 2}`]);
  });

  it('an item heading that is only a number', () => {
    const heading = line('#### 2. 山西省');
    for (const written of ['#### 2.', '#### 2', '#### 2. 2', '#### 2、2024']) {
      expect(rules(bulletin('#### 2. 山西省开展数字乡村试点', written)), written).toEqual([`item-title@${heading}`]);
    }
    expect(rules(bulletin('#### 2. 山西省开展数字乡村试点', '#### 2. 5G网络覆盖'))).toEqual([]);
  });

  it('a figure caption left without any text in its item', () => {
    const text = cut(SEED_BULLETIN, '2023年12月6日，第七届', '图1 第七届');
    expect(rules({ [BULLETIN]: text })).toEqual([`figure-alone@${line('#### 1. 第七届')}`]);
  });
});

describe('text that is not what it looks like', () => {
  it('text-direction controls anywhere: body text, front matter, titles', () => {
    expect(rules(bulletin('2月3日，', '2月3日，\u202e'))).toEqual([`bidi-control@${line('2月3日，')}`]);
    expect(rules(qa('source: 网信中国', 'source: 网信\u2067中国'))).toEqual(['bidi-control@5']);
    expect(rules(bulletin('#### 2. 山西省开展', '#### 2. 山西省\u202d开展'))).toEqual([`bidi-control@${line('#### 2. 山西省')}`]);
  });

  it('mojibake in titles and text, with the text it meant', () => {
    const problems = load(bulletin('2月3日，', '2月3日，â€œ千万工程â€')).problems;
    expect(problems.map((p) => [p.rule, p.line, p.messageZh])).toEqual([
      ['mojibake', line('2月3日，'), '乱码“â€œ”（UTF-8 文字被当成 Windows-1252 读取）：原文应是““”，请从原文重新复制'],
    ]);
    expect(rules(qa('title: 中央网信办', 'title: é”™è¯¯中央网信办'))).toEqual(['mojibake@3']);
    // 乡村振兴 as UTF-8 read as GBK (one of its characters falls in GBK's private use area).
    const garbled = new TextDecoder('gbk').decode(Buffer.from('乡村振兴', 'utf8'));
    const gbk = load(bulletin('#### 2. 山西省开展数字乡村试点', `#### 2. ${garbled}`)).problems;
    expect(gbk.map((p) => [p.rule, p.line, p.messageZh])).toEqual([
      ['mojibake', line('#### 2. 山西省'), `乱码“${garbled}”（UTF-8 文字被当成 GBK 读取）：原文应是“乡村振兴”，请从原文重新复制`],
    ]);
  });

  it('a URL field with text after the address', () => {
    const url = 'infoCode=NW202201262262879086';
    expect(rules(qa(url, `${url} 原文链接`))).toEqual(['url-text@6']);
  });

  it('a host that mixes scripts, written or as punycode; one-script internationalised names stay valid', () => {
    expect(rules(qa('http://finews.zning.xyz', 'http://finews.zning.xуz'))).toEqual(['url-homograph@6']);
    expect(rules(bulletin('2月3日，', '[原文](https://xn--pple-43d.com/)2月3日，'))).toEqual([`url-homograph@${line('2月3日，')}`]);
    expect(rules(bulletin('2月3日，', '[原文](http://аpple.com/)2月3日，'))).toEqual([`url-homograph@${line('2月3日，')}`]);
    for (const valid of [
      'https://пример.рф/',
      'https://xn--e1afmkfd.xn--p1ai/',
      'http://中国政府网.中国/政策',
      'https://www.gov.cn/zhengce/',
    ]) {
      expect(rules(bulletin('2月3日，', `[原文](${valid})2月3日，`)), valid).toEqual([]);
    }
  });
});

describe('plausibility', () => {
  it("a bulletin's date in its year, near its number", () => {
    const dated = (date: string) => rules(bulletin('number: 2\n', `number: 2\ndate: ${date}\n`));
    expect(dated('2042-02-20')).toEqual(['issue-date@6']);
    expect(dated('2024-11-20')).toEqual(['issue-date@6']);
    expect(dated('2024-02-20')).toEqual([]);
    expect(dated('2024-04-01')).toEqual([]);
  });

  it('front matter year and number agree with the file name', () => {
    expect(rules(bulletin('number: 2', 'number: 3'))).toEqual(['bulletin-file-name@1']);
  });

  it('an item repeated in one issue, by title or by text, is a problem', () => {
    const title = '#### 1. 中央网信办等11部门联合印发《关于开展第二批国家数字乡村试点工作的通知》';
    const again = `#### 4. ${title.slice(8)}\n\n另写的一段正文。\n\n（信息来源：新华社）\n\n### （二）地方动态`;
    expect(rules(bulletin('### （二）地方动态', again))).toEqual([`item-once@${line('### （二）地方动态')}`]);
    const text = SEED_BULLETIN.split('\n')[line('2月3日，') - 1] as string;
    const copy = `#### 4. 另一个标题\n\n${text}\n\n（信息来源：新华社）\n\n### （二）地方动态`;
    const problems = load(bulletin('### （二）地方动态', copy)).problems;
    expect(problems.map((p) => formatProblem(p).split('  ')[1])).toEqual([
      '二、（一）第4条 “另一个标题”：与一、第1条的正文相同：请删去重复的一条',
    ]);
  });

  it('the same item in two issues is a warning that stops nothing', () => {
    const loaded = load({ 'bulletins/2024-03.md': edit(SEED_BULLETIN, 'number: 2', 'number: 3') });
    expect(loaded.problems).toEqual([]);
    expect(loaded.bulletins).toHaveLength(2);
    expect(loaded.warnings).toHaveLength(12);
    expect(new Set(loaded.warnings.map((w) => `${w.rule} ${w.file.split('/').at(-1)}`))).toEqual(new Set(['item-repeated 2024-03.md']));
  });
});

describe('YAML beyond data', () => {
  it('custom tags are problems, at their line', () => {
    for (const tag of ['!!js/function "function(){}"', '!!binary aGVsbG8=', '!!python/object/apply:os.system ["id"]', '!local x']) {
      expect(rules(bulletin('publisher: 中国信息通信研究院', `publisher: ${tag}`)), tag).toEqual(['yaml-tag@6']);
    }
    expect(rules(bulletin('publisher: 中国信息通信研究院', 'publisher: !!str 中国信息通信研究院'))).toEqual([]);
  });
});

describe('files outside content/', () => {
  it('a link out of content/ is rejected without being read; a link inside may stay', () => {
    const outside = contentFolder({ 'secret.md': SEED_BULLETIN.replace('number: 2', 'number: 9') });
    const loaded = load({}, (dir) => {
      symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'bulletins', '2024-09.md'));
      symlinkSync('/etc/passwd', path.join(dir, 'qa', 'passwd.md'));
    });
    expect(loaded.problems.map((p) => `${p.rule} ${p.file.split('/').at(-1)}`)).toEqual([
      'file-link-outside 2024-09.md',
      'file-link-outside passwd.md',
    ]);
    expect(loaded.bulletins.map((b) => b.id)).toEqual(['2024-02']);
    const inside = load({ 'drafts/.keep': '' }, (dir) => {
      symlinkSync(path.join(dir, 'bulletins', '2024-02.md'), path.join(dir, 'qa', '..', 'bulletins', 'copy.md'));
    });
    expect(inside.problems.map((p) => p.rule)).not.toContain('file-link-outside');
    const folder = contentFolder({ 'bulletins/2024-09.md': SEED_BULLETIN.replace('number: 2', 'number: 9') });
    const linkedFolder = load({}, (dir) => symlinkSync(path.join(folder, 'bulletins'), path.join(dir, 'issues')));
    expect(linkedFolder.problems.map((p) => `${p.rule} ${p.file.split('/').at(-1)}`)).toEqual(['file-link-outside issues']);
  });
});

describe('messages in the editor’s terms', () => {
  it('names the item as the issue prints it, and keeps the file line', () => {
    const text = edit(SEED_BULLETIN, '（信息来源：网信中国）\n', '');
    const [problem] = load({ [BULLETIN]: text }).problems;
    expect(problem && formatProblem(problem)).toBe(
      `${problem?.file}:${line('#### 1. 中央网信办')}:1  二、（一）第1条 “中央网信办等11部门联合印发…”：缺少信息来源行，请在正文后加（信息来源：…）`,
    );
  });
});

describe('front matter fields by the names the CMS gives them', () => {
  it('names the field of its own kind of file', () => {
    const [bulletinDate] = load(bulletin('number: 2\n', 'number: 2\ndate: 2024-02-30\n')).problems;
    expect(bulletinDate && formatProblem(bulletinDate).split('  ')[1]).toBe('出版日期：应为真实的日期，写作 YYYY-MM-DD');
    const [qaDate] = load(qa('date: 2022-01-26T18:56:08+08:00', 'date: 2022-01-26')).problems;
    expect(qaDate && formatProblem(qaDate).split('  ')[1]).toBe('发布时间：应为带时区的真实日期和时间，例如 2022-01-26T18:56:08+08:00');
    const [phone] = load(bulletin('    - "15810512984"', '    - "电话"')).problems;
    expect(phone && formatProblem(phone).split('  ')[1]).toBe('联系方式 › 联系电话 › 第2项：只能有数字和短横线，例如 "010-62301618"');
  });
});

describe('still valid', () => {
  const valid: [string, Record<string, string>][] = [
    ['a table', bulletin('2月3日，', '| 地区 | 数量 |\n| --- | --- |\n| 浙江 | 3 |\n\n2月3日，')],
    ['HTML entities as text', bulletin('2月3日，', '&lt;script&gt; 2月3日，')],
    ['an autolink', bulletin('2月3日，', '<https://www.gov.cn/> 2月3日，')],
    ['a URL with a Chinese path', bulletin('2月3日，', '[原文](https://www.gov.cn/政策/文件.html)2月3日，')],
    ['nested brackets in a source name', bulletin('（信息来源：新华社）', '（信息来源：新华社（北京））')],
    ['a hard line break', bulletin('2月3日，', '第一行  \n2月3日，')],
    ['a whitespace-only blank line', bulletin('（信息来源：新华社）', '  \n（信息来源：新华社）')],
    ['an introduction before the first question', qa('## 一、请介绍', '前言一段。\n\n## 一、请介绍')],
    ['an emphasis and a link together', bulletin('2月3日，', '**一是**[文件](https://www.gov.cn/)，2月3日，')],
    ['French and German words', bulletin('2月3日，', 'Café、naïve、Straße，2月3日，')],
    ['a date in its month', bulletin('number: 2\n', 'number: 2\ndate: 2024-02-20\n')],
    ['a hashtag at the start of a paragraph', bulletin('2月3日，', '#乡村振兴#话题下，2月3日，')],
    [
      'an issue whose 发展实践 is numbered 二',
      { [BULLETIN]: edit(cut(SEED_BULLETIN, '## 二、工作动态', '## 三、发展实践'), '## 三、发展实践', '## 二、发展实践') },
    ],
  ];
  for (const [name, files] of valid) it(name, () => expect(rules(files)).toEqual([]));
});
