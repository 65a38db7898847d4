/**
 * Every rule of lib/content/rules.ts, triggered by one example made from the seed files:
 * the rule is reported, with exactly the message its entry (and so CONTRIBUTING's rule
 * table) promises, in Chinese and in English. A new rule without an example fails here.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleExample } from '@/lib/content/rule-table';
import { RULES, type Rule, type RuleId } from '@/lib/content/rules';
import { loadSiteContent } from '@/lib/site/load';
import { contentFolder, cut, edit, SEED_BULLETIN, SEED_QA } from './helpers';

const BULLETIN = 'bulletins/2024-02.md';
const QA = 'qa/digital-village-action-plan-2022-2025.md';

interface Example {
  /** Files to add to, or replace in, a folder holding the two seed files. */
  files?: Record<string, string | Uint8Array>;
  /** Anything the folder needs that files cannot say (a broken link). */
  setup?: (dir: string) => void;
  /** Files named on the command line, relative to the folder. */
  only?: string[];
}

const bulletin = (...edits: [string, string][]) => ({
  [BULLETIN]: edits.reduce((text, [from, to]) => edit(text, from, to), SEED_BULLETIN),
});
const qa = (...edits: [string, string][]) => ({ [QA]: edits.reduce((text, [from, to]) => edit(text, from, to), SEED_QA) });
/** GBK bytes of 数字乡村 (the seed Q&A saved by an old editor would look like this). */
const GBK_SHUZI_XIANGCUN = [0xca, 0xfd, 0xd7, 0xd6, 0xcf, 0xe7, 0xb4, 0xe5];

const EXAMPLES: Record<RuleId, Example> = {
  'file-place': { files: { 'bulletin/2024-03.md': SEED_BULLETIN } },
  'file-markdown': { files: { 'bulletins/2024-03.txt': SEED_BULLETIN } },
  'file-readable': { setup: (dir) => symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'bulletins', '2024-03.md')) },
  'file-link-outside': {
    setup: (dir) =>
      symlinkSync(path.join(contentFolder({ 'secret.md': SEED_BULLETIN }), 'secret.md'), path.join(dir, 'bulletins', '2024-03.md')),
  },
  'file-size': { files: { 'bulletins/2024-03.md': `${SEED_BULLETIN}${'数'.repeat(740_000)}` } },
  'file-encoding': {
    files: { [QA]: Buffer.concat([Buffer.from(SEED_QA.slice(0, SEED_QA.indexOf('网信中国新闻'))), Buffer.from(GBK_SHUZI_XIANGCUN)]) },
  },
  'control-character': { files: bulletin(['2月3日，', '2月3日，\u0000']) },
  'text-reaches-page': { files: bulletin(['#### 2. 山西省开展数字乡村试点', '<!--\n\n#### 2. 山西省开展数字乡村试点']) },
  'original-pdf': { files: bulletin(['number: 2\n', 'number: 2\npdf: /pdf/2024-02.pdf\n']) },
  'look-alike-character': { files: bulletin(['2月3日，', '2月3日，意⻅']) },
  'invisible-character': { files: bulletin(['#### 2. 山西省开展', '#### 2. 山西省\u200b开展']) },
  'bidi-control': { files: bulletin(['2月3日，', '2月3日，\u202e']) },
  mojibake: { files: bulletin(['#### 2. 山西省开展', '#### 2. é”™è¯¯山西省开展']) },
  'bulletin-file-name': { files: { 'bulletins/2024-03.md': SEED_BULLETIN } },
  'qa-slug': { files: { 'qa/数字乡村答记者问.md': edit(SEED_QA, 'url: http://', 'url: https://') } },
  'qa-slug-reserved': { files: { 'qa/tags.md': edit(SEED_QA, 'url: http://', 'url: https://') } },
  'no-such-file': { only: ['bulletins/2099-01.md'] },
  'front-matter-present': { files: { [BULLETIN]: SEED_BULLETIN.replace(/^---\n/, '') } },
  'front-matter-closed': { files: { [BULLETIN]: SEED_BULLETIN.replace('\n---\n', '\n') } },
  'yaml-syntax': { files: bulletin(['year: 2024', 'year: [2024']) },
  'yaml-tag': { files: bulletin(['publisher: 中国信息通信研究院', 'publisher: !!js/function "function(){}"']) },
  'field-required': { files: bulletin(['publisher: 中国信息通信研究院\n', '']) },
  'field-unknown': { files: bulletin(['number: 2\n', 'number: 2\nnumbr: 3\n']) },
  'field-value': { files: bulletin(['number: 2', 'number: 0']) },
  'url-text': { files: qa(['infoCode=NW202201262262879086', 'infoCode=NW202201262262879086 原文']) },
  'url-homograph': { files: qa(['http://finews.zning.xyz', 'http://finews.zning.xуz']) },
  'issue-date': { files: bulletin(['number: 2\n', 'number: 2\ndate: 2042-02-20\n']) },
  'bulletin-sections': { files: { [BULLETIN]: SEED_BULLETIN.slice(0, SEED_BULLETIN.indexOf('## 一、中央精神')) } },
  'heading-level': { files: bulletin(['### （二）地方动态', '##### 国际动态\n\n### （二）地方动态']) },
  'setext-heading': { files: bulletin(['（信息来源：新华社）', '小结\n---\n\n（信息来源：新华社）']) },
  'heading-space': { files: bulletin(['#### 2. 山西省开展数字乡村试点', '####2. 山西省开展数字乡村试点']) },
  'code-block': { files: bulletin(['2月3日，', '\t2月3日，']) },
  footnote: { files: bulletin(['2月3日，', '2月3日[^1]，'], ['（信息来源：新华社）', '（信息来源：新华社）\n\n[^1]: 注释']) },
  'section-heading': { files: bulletin(['## 一、中央精神', '## 中央精神']) },
  'section-known': { files: bulletin(['## 一、中央精神', '## 一、中央文件']) },
  'section-once': {
    files: bulletin(['## 二、工作动态', '## 二、中央精神\n\n#### 1. 标题\n\n正文。\n\n（信息来源：新华社）\n\n## 三、工作动态']),
  },
  'section-number': { files: bulletin(['## 二、工作动态', '## 三、工作动态']) },
  'section-items': { files: { [BULLETIN]: cut(SEED_BULLETIN, '#### 1. 《中共中央', '## 二、工作动态') } },
  'subsection-heading': { files: bulletin(['### （一）部委动态', '### 部委动态']) },
  'subsection-known': { files: bulletin(['### （二）地方动态', '### （二）国际动态']) },
  'subsection-place': {
    files: bulletin(['### （一）部委动态', '#### 1. 标题\n\n正文。\n\n（信息来源：新华社）\n\n### （一）部委动态']),
  },
  'subsection-number': { files: bulletin(['### （二）地方动态', '### （三）地方动态']) },
  'item-heading': { files: bulletin(['#### 2. 山西省开展数字乡村试点', '#### 山西省开展数字乡村试点']) },
  'item-title': { files: bulletin(['#### 2. 山西省开展数字乡村试点', '#### 2.']) },
  'item-place': { files: bulletin(['### （二）地方动态', '### 地方动态']) },
  'item-number': { files: bulletin(['#### 2. 山西省开展数字乡村试点', '#### 3. 山西省开展数字乡村试点']) },
  'item-text': {
    files: { [BULLETIN]: cut(SEED_BULLETIN, '1月16日，山西省', '（信息来源：山西网信网）', '<script>alert(1)</script>\n\n') },
  },
  'figure-alone': { files: { [BULLETIN]: cut(SEED_BULLETIN, '2023年12月6日，第七届', '图1 第七届') } },
  'item-once': {
    files: bulletin([
      '## 二、工作动态',
      '#### 2. 《中共中央 国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见》发布\n\n另一段。\n\n（信息来源：新华社）\n\n## 二、工作动态',
    ]),
  },
  'item-repeated': { files: { 'bulletins/2024-03.md': edit(SEED_BULLETIN, 'number: 2', 'number: 3') } },
  'text-in-item': { files: bulletin(['## 一、中央精神\n', '## 一、中央精神\n\n本期导读\n']) },
  'source-line': { files: bulletin(['（信息来源：新华社）\n', '']) },
  'source-once': { files: bulletin(['（信息来源：新华社）\n', '（信息来源：新华社）\n\n（信息来源：人民网）\n']) },
  'source-last': { files: bulletin(['（信息来源：新华社）\n', '（信息来源：新华社）\n\n补充一句。\n']) },
  'source-form': { files: bulletin(['（信息来源：新华社）', '信息来源：新华社']) },
  'qa-questions': { files: { [QA]: SEED_QA.replace(/^## /gm, '') } },
  'qa-title-heading': { files: qa(['## 一、请介绍', '# 标题\n\n## 一、请介绍']) },
  'qa-answer': { files: { [QA]: cut(SEED_QA, '答：2020年', '## 二、', '<!-- 待补 -->\n\n') } },
  'qa-question-once': {
    files: qa(['## 一、请介绍一下出台《行动计划》的背景？', '## 二、《行动计划》对“十四五”时期数字乡村发展提出了什么目标？']),
  },
  'raw-html': { files: bulletin(['2月3日，', '2月3日，<span>']) },
  'link-address': { files: bulletin(['2月3日，', '2月3日，[原文](javascript:alert(1))']) },
  'link-target': { files: bulletin(['2月3日，', '2月3日，见[上一期](/bulletins/2024-01/)']) },
  'image-alt': { files: bulletin(['图2 直播现场', '![](/images/2024-02/fig1.jpg)\n\n图2 直播现场']) },
  'image-path': { files: bulletin(['图2 直播现场', '![图](data:image/png;base64,iVBORw0KGgo=)\n\n图2 直播现场']) },
  'image-exists': { files: bulletin(['图2 直播现场', '![直播现场](/images/2024-02/missing.jpg)\n\n图2 直播现场']) },
  'markdown-limits': { files: bulletin(['2月3日，', `${'>'.repeat(201)} 2月3日，`]) },
  todo: { files: bulletin(['（信息来源：新华社）', '（信息来源：TODO）']) },
  'issue-once': { files: { 'bulletins/2024-03.md': SEED_BULLETIN } },
  'article-once': { files: { 'qa/action-plan-copy.md': SEED_QA } },
};

/** A public/ folder with the one image the examples show. */
const publicDir = contentFolder({ 'images/2024-02/fig1.jpg': '' });

function problemsOf(example: Example) {
  const dir = contentFolder({ [BULLETIN]: SEED_BULLETIN, [QA]: SEED_QA, ...example.files });
  example.setup?.(dir);
  const only = example.only?.map((file) => path.join(dir, file));
  const loaded = loadSiteContent(dir, { publicDir, ...(only ? { only } : {}) });
  return [...loaded.problems, ...loaded.warnings].map((problem) => ({
    ...problem,
    message: problem.message.replaceAll(`${dir}/`, ''),
    messageZh: problem.messageZh.replaceAll(`${dir}/`, ''),
  }));
}

describe('every rule prints the message the guide shows', () => {
  it('has an example for every rule', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(RULES).sort());
  });

  for (const [id, example] of Object.entries(EXAMPLES) as [RuleId, Example][]) {
    it(id, () => {
      const problems = problemsOf(example);
      const reported = problems.filter((problem) => problem.rule === id);
      const all = JSON.stringify(problems.map((p) => `${p.rule}: ${p.message}`));
      expect(
        reported.map((problem) => problem.message),
        all,
      ).toContain(ruleExample(id, 'en'));
      expect(
        reported.map((problem) => problem.messageZh),
        all,
      ).toContain(ruleExample(id, 'zh-CN'));
    });
  }
});

/** Rules whose message is still English only; this list may only shrink. */
const ENGLISH_ONLY: readonly RuleId[] = [];

describe('the catalogue has every rule in Chinese and English', () => {
  const untranslated = (Object.entries(RULES) as [RuleId, Rule][]).filter(([, rule]) => !rule.message || !rule.summaryZh).map(([id]) => id);

  it('lists exactly the rules still in English only', () => {
    expect(untranslated).toEqual(ENGLISH_ONLY);
  });

  it('has the Chinese of every front matter field message', () => {
    const bad: [string, string][] = [
      ['year: 2024', 'year: 1800'],
      ['year: 2024', 'year: 二〇二四'],
      ['number: 2', 'number: 0'],
      ['number: 2', 'number: 2.5'],
      ['series: 数字乡村发展动态', 'series: 数字乡村'],
      ['publisher: 中国信息通信研究院', 'publisher: " "'],
      ['number: 2\n', 'number: 2\ndate: 2024-02-30\n'],
      ['    - "18536356372"', '    - 18536356372'],
      ['    - "15810512984"', '    - "电话"'],
      ['    - liuchenxil@caict.ac.cn', '    - liuchenxil'],
      ['contacts:\n', 'contacts: 无\nx:\n'],
    ];
    const badQa: [string, string][] = [
      ['date: 2022-01-26T18:56:08+08:00', 'date: 2022-01-26'],
      ['url: http://', 'url: ftp://'],
      ['  - wangxinzhongguo', '  - 网信中国'],
      ['tags:\n  - 网信中国新闻', 'tags: 网信中国新闻'],
    ];
    for (const [file, edits] of [
      [bulletin, bad],
      [qa, badQa],
    ] as const) {
      for (const [from, to] of edits) {
        const problems = problemsOf({ files: file([from, to]) }).filter((p) => p.rule.startsWith('field-'));
        expect(problems.length, to).toBeGreaterThan(0);
        for (const problem of problems) expect(problem.messageZh, `${to}: ${problem.messageZh}`).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('writes every Chinese message in Chinese', () => {
    for (const id of Object.keys(RULES) as RuleId[]) {
      if (ENGLISH_ONLY.includes(id)) continue;
      expect(ruleExample(id, 'zh-CN'), id).toMatch(/\p{Script=Han}/u);
      expect(ruleExample(id, 'zh-CN'), id).not.toBe(ruleExample(id, 'en'));
    }
  });
});
