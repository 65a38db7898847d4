/**
 * Careless and hostile files, one class of failure each (issue 9): every one ends in a
 * `path:line:col  field  message` line, the seed's other files still validate in the same
 * run, nothing throws, and nothing takes long.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { loadSiteContent } from '@/lib/site/load';
import { contentFolder, cut, edit, lineOf, SEED_BULLETIN, SEED_QA } from './helpers';

const BULLETIN = 'bulletins/2024-02.md';
const QA = 'qa/digital-village-action-plan-2022-2025.md';
const publicDir = contentFolder({ 'images/2024-02/fig1.jpg': '' });

/** Validate the seed files with `files` added or replacing them; the printed lines, folder-relative. */
function validate(files: Record<string, string | Uint8Array>, setup?: (dir: string) => void): string[] {
  const dir = contentFolder({ [BULLETIN]: SEED_BULLETIN, [QA]: SEED_QA, ...files });
  setup?.(dir);
  return loadSiteContent(dir, { publicDir }).problems.map((problem) => formatProblem(problem, 'en').replaceAll(`${dir}/`, ''));
}

const line = (needle: string, text = SEED_BULLETIN) => lineOf(text, needle);

describe('empty structure is reported, never published', () => {
  it('a section heading with no items under it', () => {
    const text = cut(SEED_BULLETIN, '#### 1. 《中共中央', '## 二、工作动态');
    expect(validate({ [BULLETIN]: text })).toEqual([
      `${BULLETIN}:${line('## 一、中央精神')}:1  section  section "中央精神" has no items: add its items, or delete the heading`,
    ]);
  });

  it('a subsection heading with no items under it', () => {
    const text = cut(SEED_BULLETIN, '#### 1. 中央网信办', '### （二）地方动态');
    expect(validate({ [BULLETIN]: text })).toEqual([
      `${BULLETIN}:${line('### （一）部委动态')}:1  subsection  subsection "部委动态" has no items: add its items, or delete the heading`,
    ]);
  });

  it('a file of front matter only', () => {
    expect(validate({ [BULLETIN]: SEED_BULLETIN.slice(0, SEED_BULLETIN.indexOf('## 一')) })).toEqual([
      `${BULLETIN}:1:1  body  no sections: write the issue's sections, "## 一、中央精神" with its items, below the front matter`,
    ]);
  });

  it('an item of raw HTML only', () => {
    const text = cut(SEED_BULLETIN, '1月16日，山西省', '（信息来源：山西网信网）', '<div onclick="x()">原文见附件</div>\n\n');
    expect(validate({ [BULLETIN]: text })).toEqual([
      `${BULLETIN}:${line('#### 2. 山西省')}:1  item  item 2-2-2 "山西省开展数字乡村试点" has no text`,
      `${BULLETIN}:${line('1月16日，山西省')}:1  html  raw HTML <div> is not allowed in a bulletin: write Markdown`,
    ]);
  });

  it('a Q&A answer that is only an HTML comment', () => {
    const text = cut(SEED_QA, '答：2020年', '## 二、', '<!-- 待补 -->\n\n');
    expect(validate({ [QA]: text })).toEqual([`${QA}:13:1  answer  question "一、请介绍一下出台《行动计划》的背景？" has no answer`]);
  });
});

describe('invisible and broken characters', () => {
  it('a zero-width space inside an item title', () => {
    const text = edit(SEED_BULLETIN, '#### 2. 山西省开展', '#### 2. 山西省\u200b开展');
    expect(validate({ [BULLETIN]: text })).toEqual([
      `${BULLETIN}:${line('#### 2. 山西省')}:1  item  invisible character U+200B (zero-width space) after "2. 山西省": delete it`,
    ]);
  });

  it('a right-to-left mark in a front matter name', () => {
    const text = edit(SEED_QA, 'source: 网信中国', 'source: 网信\u200f中国');
    expect(validate({ [QA]: text })).toEqual([
      `${QA}:5:1  source  invisible character U+200F (right-to-left mark) after "网信": delete it`,
    ]);
  });

  it('a NUL byte in the text', () => {
    const text = edit(SEED_BULLETIN, '2月3日，', '2月3日，\u0000');
    expect(validate({ [BULLETIN]: text })).toEqual([`${BULLETIN}:${line('2月3日，')}:6  text  control character U+0000 (NUL): delete it`]);
  });

  it('a Q&A saved in GBK, and a bulletin saved in UTF-16', () => {
    // 数字乡村 in GBK, where UTF-8 is expected, on the tags line.
    const gbk = Buffer.concat([
      Buffer.from(SEED_QA.slice(0, SEED_QA.indexOf('网信中国新闻'))),
      Buffer.from([0xca, 0xfd, 0xd7, 0xd6, 0xcf, 0xe7, 0xb4, 0xe5]),
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_BULLETIN, 'utf16le')]);
    expect(validate({ [QA]: gbk, [BULLETIN]: utf16 })).toEqual([
      `${BULLETIN}:1:1  file  not UTF-8: the file looks like UTF-16; save it as UTF-8`,
      `${QA}:10:5  file  not UTF-8: the file looks like GBK (GB 2312/GB 18030); save it as UTF-8`,
    ]);
  });

  it('fields that hold only a full-width space', () => {
    const title = edit(SEED_QA, 'title: 中央网信办有关负责同志就《数字乡村发展行动计划（2022-2025年）》答记者问', 'title: "　"');
    const source = edit(SEED_BULLETIN, '（信息来源：新华社）', '（信息来源：　）');
    expect(validate({ [QA]: title, [BULLETIN]: source })).toEqual([
      `${BULLETIN}:${line('（信息来源：新华社）')}:1  item.source  source line "（信息来源：　）" names no source: write （信息来源：新华社）`,
      `${QA}:3:1  title  must not be blank`,
    ]);
  });

  it('a BOM and CRLF line endings are fine', () => {
    expect(validate({ [BULLETIN]: `\ufeff${SEED_BULLETIN.replaceAll('\n', '\r\n')}` })).toEqual([]);
  });
});

describe('unsafe or impossible addresses', () => {
  it('a javascript: address in front matter', () => {
    const text = edit(SEED_QA, 'url: http://finews', 'url: javascript:alert(1)//finews');
    expect(validate({ [QA]: text })).toEqual([`${QA}:6:1  url  expected a full http(s) address`]);
  });

  it('a javascript: link and a data: image in the text, and an image path that leaves public/', () => {
    const text = edit(
      SEED_BULLETIN,
      '图2 直播现场',
      '[原文](javascript:alert(1))\n\n![图](data:image/png;base64,iVBORw0KGgo=)\n\n![图](/images/../../package.json)\n\n图2 直播现场',
    );
    const at = line('图2 直播现场');
    expect(validate({ [BULLETIN]: text })).toEqual([
      `${BULLETIN}:${at}:1  link  link address "javascript:alert(1)" is not allowed: use an http(s) or mailto address, or a site path /…`,
      `${BULLETIN}:${at + 2}:1  image  image data:image/png;base64,iVBORw0KGgo= must be a file under public/, for example /images/2024-02/fig1.jpg`,
      `${BULLETIN}:${at + 4}:1  image  image /images/../../package.json leaves public/: write its path under public/ without . or ..`,
    ]);
  });

  it('an inline image without alt text, in a paragraph with text', () => {
    const text = edit(SEED_BULLETIN, '2月3日，', '![](/images/2024-02/fig1.jpg)2月3日，');
    expect(validate({ [BULLETIN]: text })).toEqual([
      `${BULLETIN}:${line('2月3日，')}:1  image.alt  image /images/2024-02/fig1.jpg has no alt text: write ![what the picture shows](/images/2024-02/fig1.jpg)`,
    ]);
  });
});

describe('duplicates', () => {
  it('two identical questions in one Q&A', () => {
    const text = edit(SEED_QA, '## 三、《行动计划》部署了哪些重点任务和工程？', '## 一、请介绍一下出台《行动计划》的背景？');
    expect(validate({ [QA]: text })).toEqual([
      `${QA}:23:1  question  question "一、请介绍一下出台《行动计划》的背景？" repeats question 1: delete one`,
    ]);
  });

  it('the same article under two slugs', () => {
    expect(validate({ 'qa/action-plan.md': SEED_QA })).toEqual([
      `${QA}:1:1  url  the same article (http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202201262262879086) is already in qa/action-plan.md`,
    ]);
  });
});

describe('no file is skipped silently', () => {
  it('a file in content/bulletin/ (singular), one at the root of content/, one in a folder inside bulletins/', () => {
    expect(
      validate({ 'bulletin/2024-03.md': SEED_BULLETIN, '2024-04.md': SEED_BULLETIN, 'bulletins/2024/2024-05.md': SEED_BULLETIN }),
    ).toEqual([
      '2024-04.md:1:1  file name  not read: content files go in content/bulletins/ or content/qa/',
      'bulletin/2024-03.md:1:1  file name  not read: content files go in content/bulletins/ or content/qa/ (did you mean bulletins/?)',
      'bulletins/2024/2024-05.md:1:1  file name  not read: content files go in content/bulletins/ or content/qa/',
    ]);
  });
});

describe('no crash: library failures become messages at the file', () => {
  it('a YAML alias bomb', () => {
    const bomb = Array.from(
      { length: 10 },
      (_, i) =>
        `l${i}: &l${i} [${Array(9)
          .fill(i ? `*l${i - 1}` : '"x"')
          .join(', ')}]`,
    ).join('\n');
    const text = edit(SEED_BULLETIN, 'number: 2\n', `number: 2\n${bomb}\n`);
    expect(validate({ [BULLETIN]: text })).toEqual([
      `${BULLETIN}:2:1  front matter  YAML syntax error: Excessive alias count indicates a resource exhaustion attack`,
    ]);
  });

  it('a dangling symlink in content/bulletins/, with the other files still checked', () => {
    const problems = validate({ [QA]: edit(SEED_QA, 'source: 网信中国', 'source: 42') }, (dir) =>
      symlinkSync(path.join(dir, 'gone.md'), path.join(dir, 'bulletins', '2024-03.md')),
    );
    expect(problems).toEqual([
      'bulletins/2024-03.md:1:1  file  cannot read the file: it is a link to a file that does not exist',
      `${QA}:5:1  source  expected text`,
    ]);
  });

  it('blockquotes nested 20,000 deep', () => {
    const text = edit(SEED_BULLETIN, '2月3日，', `${'>'.repeat(20_000)} 2月3日，`);
    expect(validate({ [BULLETIN]: text })).toEqual([
      `${BULLETIN}:${line('2月3日，')}:1  body  Markdown nested 20000 levels deep: at most 20 levels of quotes and lists can be read`,
    ]);
  });
});

describe('bounded work on lines of 100,000 characters and deep nesting', { timeout: 30_000 }, () => {
  const bounded = (files: Record<string, string>) => {
    const started = performance.now();
    const problems = validate(files);
    // Not a speed target: a guard that the result comes back at all (it took minutes before).
    expect(performance.now() - started).toBeLessThan(20_000);
    return problems;
  };

  it('a source line padded with 100,000 spaces, and one that runs on for 100,000 (quoted in part)', () => {
    const padded = edit(SEED_BULLETIN, '（信息来源：新华社）', `（信息来源：${' '.repeat(100_000)}`);
    const runOn = edit(SEED_BULLETIN, '（信息来源：新华社）', `（信息来源：${' '.repeat(100_000)}新华社`);
    const malformed = (quoted: string) => [
      `${BULLETIN}:${line('#### 1. 《中共中央')}:1  item.source  item 1-1 has no source line: add （信息来源：…） after its text`,
      `${BULLETIN}:${line('（信息来源：新华社）')}:1  item.source  malformed source line "${quoted}": write （信息来源：新华社）`,
    ];
    expect(bounded({ [BULLETIN]: padded })).toEqual(malformed('（信息来源：'));
    expect(bounded({ [BULLETIN]: runOn })).toEqual(malformed(`（信息来源：${' '.repeat(54)}…`));
  });

  it('a paragraph of 100,000 characters is read', () => {
    const text = edit(SEED_BULLETIN, '2月3日，', `${'数字乡村'.repeat(25_000)}2月3日，`);
    expect(bounded({ [BULLETIN]: text })).toEqual([]);
  });

  it('emphasis, brackets and code marks by the tens of thousands', () => {
    for (const marks of ['*'.repeat(20_000), 'a* '.repeat(33_000), '[a '.repeat(33_000), '`a '.repeat(33_000)]) {
      const text = edit(SEED_BULLETIN, '2月3日，', `${marks}2月3日，`);
      expect(bounded({ [BULLETIN]: text })).toEqual([
        expect.stringMatching(new RegExp(`^${BULLETIN}:${line('2月3日，')}:1  body  a paragraph with \\d+ Markdown marks`)),
      ]);
    }
  });

  it('lists nested by indentation', () => {
    const list = Array.from({ length: 500 }, (_, i) => `${' '.repeat(2 * i)}- 第${i}层`).join('\n');
    const text = edit(SEED_BULLETIN, '2月3日，', `${list}\n\n2月3日，`);
    expect(bounded({ [BULLETIN]: text })[0]).toMatch(/ {2}body {2}Markdown nested \d+ levels deep/);
  });
});

describe('nothing lost from file to page (issue 19)', () => {
  it('an unclosed <!-- that swallows the rest of the issue fails at the line where text stops reaching the page', () => {
    const text = edit(SEED_BULLETIN, '## 二、工作动态', '<!--\n\n## 二、工作动态');
    const line = text.split('\n').indexOf('## 二、工作动态') + 1;
    expect(validate({ [BULLETIN]: text })).toEqual([
      `${BULLETIN}:${line}:4  text  text from "二、工作动态" on does not reach the page (an unclosed <!-- comment, or markup that hides it): close the comment or remove the markup`,
    ]);
  });

  it('a reference definition that swallows Chinese text fails at its line; one that only holds an address does not', () => {
    const asAddress = edit(SEED_BULLETIN, '2月3日，', '[注]:本条为节选\n\n2月3日，');
    expect(validate({ [BULLETIN]: asAddress })).toEqual([
      `${BULLETIN}:${asAddress.split('\n').indexOf('[注]:本条为节选') + 1}:1  link  link address "本条为节选" is not allowed: use an http(s) or mailto address, or a site path /…`,
    ]);
    const asTitle = edit(SEED_BULLETIN, '2月3日，', '[注]: https://www.news.cn/ "本条为节选"\n\n2月3日，');
    const titleLine = asTitle.split('\n').indexOf('[注]: https://www.news.cn/ "本条为节选"') + 1;
    const reported = validate({ [BULLETIN]: asTitle });
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatch(
      new RegExp(`^${BULLETIN}:${titleLine}:2  text  text from "注]: https://www.news.cn/.*" on does not reach the page`),
    );
    const address = edit(SEED_BULLETIN, '2月3日，', '[新华社]: https://www.news.cn/\n\n2月3日，');
    expect(validate({ [BULLETIN]: address })).toEqual([]);
  });

  it('a picture in mid-sentence counts its alt text where it stands', () => {
    const text = edit(SEED_QA, '答：2020年', '答：见![配图：一个绿色方块](/images/2024-02/fig1.jpg)和下文。2020年');
    expect(validate({ 'qa/digital-village-action-plan-2022-2025.md': text })).toEqual([]);
  });

  it("a closed comment is an editor's note, and link addresses are not text", () => {
    const text = edit(SEED_BULLETIN, '2月3日，', '<!-- 待核实：日期 -->\n\n[新华社](/search/?q=新华社)2月3日，');
    expect(validate({ [BULLETIN]: text })).toEqual([]);
  });
});

describe('no false alarms', () => {
  it('links to every kind of page the site publishes', () => {
    const links = [
      '/years/2024/',
      '/search/?q=数字乡村&type=bulletin',
      '/sources/',
      '/sources/xinhua/',
      '/regions/zhejiang/',
      '/policies/',
      '/qa/tags/',
      '/qa/categories/wangxinzhongguo/',
      '/feed.xml',
      '/sections/work/feed.xml',
      '/bulletins/2024-02/#item-2-2-1',
    ];
    const text = edit(SEED_BULLETIN, '2月3日，', `${links.map((href, i) => `[链接${i}](${href})`).join('、')}2月3日，`);
    expect(validate({ [BULLETIN]: text })).toEqual([]);
  });

  it('a section heading written with a compatibility ideograph is read as its section, and only the character is reported', () => {
    // U+FA19 is NFC-equal to 神 (U+795E): the heading is known, but search would miss the word (issue 19).
    const text = edit(SEED_BULLETIN, '## 一、中央精神', '## 一、中央精\ufa19');
    const line = text.slice(0, text.indexOf('\ufa19')).split('\n').length;
    expect(validate({ [BULLETIN]: text })).toEqual([
      `${BULLETIN}:${line}:9  text  look-alike character \ufa19 (U+FA19, a radical or compatibility form): write 神 (U+795E) instead, or search will not find the word`,
    ]);
  });
});

describe('messages that say what is wrong', () => {
  it('an issue number or year out of range names the range', () => {
    const text = edit(edit(SEED_BULLETIN, 'number: 2', 'number: 0'), 'year: 2024', 'year: 1899');
    expect(validate({ [BULLETIN]: text })).toEqual([
      `${BULLETIN}:4:1  year  expected a year from 2000 to 2100`,
      `${BULLETIN}:5:1  number  expected an issue number from 1 to 99`,
    ]);
  });
});
