/**
 * The one catalogue of the importers' messages, as lib/content/rules.ts is for content rules:
 * each message has a stable id and its text in Chinese (for editors, the default) and English
 * (for developers), made from the same typed parameters. A test makes every message print its
 * example in both languages.
 */
import type { Lang, Messages } from '../content/rules';
import { SERIES_NAME } from '../content/schemas/bulletin';
import type { HeadingKind } from './bulletin-lines';

/** An item as the editor finds it in the issue: section and subsection numerals, its number and title. */
export interface ItemRef {
  section?: string;
  subsection?: string;
  number: number;
  title: string;
}

/** Another line a message points to: of the input, or, from a PDF, of a page (lib/import/errors.ts relocates it). */
export interface LineRef {
  line: number;
  page?: number;
}
const lineEn = ({ line, page }: LineRef) => (page === undefined ? `line ${line}` : `page ${page}, line ${line}`);
const lineZh = ({ line, page }: LineRef) => (page === undefined ? `第 ${line} 行` : `第${page}页第${line}行`);

/** `二、（一）第1条“标题”`: where an item stands, in the editor's terms. */
function itemZh({ section, subsection, number, title }: ItemRef): string {
  return `${section ? `${section}、` : ''}${subsection ? `（${subsection}）` : ''}第${number}条“${title}”`;
}
const itemEn = ({ number, title }: ItemRef) => `item ${number} "${title}"`;

const HEADING_EN: Readonly<Record<HeadingKind, string>> = { section: 'section', subsection: 'subsection', item: 'item' };
const HEADING_ZH: Readonly<Record<HeadingKind, string>> = { section: '栏目', subsection: '子栏目', item: '条目' };

/** The two parts of the cover the title block must name. */
export type CoverPart = 'series' | 'publisher';
const COVER_EN: Readonly<Record<CoverPart, string>> = {
  series: `series name (${SERIES_NAME}) above the issue line`,
  publisher: 'publisher (中国信息通信研究院) below the issue line',
};
const COVER_ZH: Readonly<Record<CoverPart, string>> = {
  series: `期号行上方的刊名（${SERIES_NAME}）`,
  publisher: '期号行下方的编印单位（中国信息通信研究院）',
};

const NEW_ISSUE = 'npm run new:issue -- --year YYYY --number N';
const CONFIG_HINT_EN = 'add it to lib/content/sections.ts (one line) or npm run validate rejects the file';
const CONFIG_HINT_ZH = '请在 lib/content/sections.ts 中加上它（一行），否则 npm run validate 不接受这个文件';
const CLOSE_BRACKET = '（信息来源：…）';

interface ImportMessage<P> extends Messages<P> {
  /** Parameters the test prints the message with, in both languages. */
  example: NoInfer<P>;
}

/** Define one message: its parameters' type comes from `example`. */
const message = <P>(m: ImportMessage<P>) => m;

export const IMPORT_MESSAGES = {
  // Bulletin: title block and 本期导读
  'bad-date': message({
    en: ({ date }: { date: string }) => `--date ${date} is not a real date written YYYY-MM-DD`,
    zh: ({ date }) => `--date ${date} 不是有效日期，请写成 YYYY-MM-DD`,
    example: { date: '2023-11-31' },
  }),
  'no-toc': message({
    en: () => 'no 本期导读 line: cannot tell the title block from the table of contents',
    zh: () => '没有“本期导读”一行：分不清封面和目录',
    example: {},
  }),
  'no-issue-line': message({
    en: () => 'no issue line like (2024 年第 2 期) before 本期导读',
    zh: () => '本期导读之前没有期号行，例如（2024 年第 2 期）',
    example: {},
  }),
  'cover-missing': message({
    en: ({ part }: { part: CoverPart }) => `no ${COVER_EN[part]} in the title block`,
    zh: ({ part }) => `封面缺少${COVER_ZH[part]}`,
    example: { part: 'publisher' },
  }),
  'cover-left-out': message({
    en: ({ text, part }: { text: string; part: CoverPart }) => `left out "${text}" on the cover: it is not the ${COVER_EN[part]}`,
    zh: ({ text, part }) => `封面上的“${text}”没有导入：它不是${COVER_ZH[part]}`,
    example: { text: '内部资料', part: 'series' },
  }),
  'cover-date-differs': message({
    en: ({ cover, date }: { cover: string; date: string }) => `the cover prints the date ${cover}; --date ${date} was used`,
    zh: ({ cover, date }) => `封面印的日期是 ${cover}；已按 --date ${date} 导入`,
    example: { cover: '2024-02-28', date: '2024-03-01' },
  }),
  'toc-left-out': message({
    en: ({ text }: { text: string }) => `left out "${text}" in 本期导读: each entry starts with 一、 （一） or 1.`,
    zh: ({ text }) => `本期导读中的“${text}”没有导入：每个目录条目以 一、 （一） 或 1. 开头`,
    example: { text: '目  录' },
  }),
  'toc-unended': message({
    en: () => 'cannot find where 本期导读 ends: the body must start again at the heading 一、 that the table of contents lists first',
    zh: () => '找不到本期导读在哪里结束：正文要从目录列出的第一个标题“一、”重新开始',
    example: {},
  }),
  'toc-title-differs': message({
    en: ({ kind, tocAt, body, toc }: { kind: HeadingKind; tocAt: LineRef; body: string; toc: string }) =>
      `${HEADING_EN[kind]} title differs from 本期导读 (${lineEn(tocAt)}): body has "${body}", table of contents has "${toc}"`,
    zh: ({ kind, tocAt, body, toc }) => `${HEADING_ZH[kind]}标题与本期导读（${lineZh(tocAt)}）不一致：正文是“${body}”，目录是“${toc}”`,
    example: { kind: 'item', tocAt: { line: 12 }, body: '中央农村工作会议在京召开', toc: '中央农村工作会议召开' },
  }),
  'toc-entry-without-body': message({
    en: ({ kind, title }: { kind: HeadingKind; title: string }) =>
      `本期导读 lists ${HEADING_EN[kind]} "${title}" but the body has no such heading`,
    zh: ({ kind, title }) => `本期导读列出了${HEADING_ZH[kind]}“${title}”，但正文中没有这个标题`,
    example: { kind: 'subsection', title: '政策动态' },
  }),
  'heading-missing-from-toc': message({
    en: ({ kind, title }: { kind: HeadingKind; title: string }) => `${HEADING_EN[kind]} "${title}" is missing from 本期导读`,
    zh: ({ kind, title }) => `本期导读中缺少${HEADING_ZH[kind]}“${title}”`,
    example: { kind: 'item', title: '中央农村工作会议在京召开' },
  }),
  // Bulletin: the body
  'stray-number': message({
    en: ({ text }: { text: string }) =>
      `stray line "${text}": a bare number away from the page header CAICT 中国信通院 (a page number? delete it; a figure? put it in the text)`,
    zh: ({ text }) => `多余的一行“${text}”：一个单独的数字，不在页眉 CAICT 中国信通院 旁边（是页码就删掉；是数据就放进正文）`,
    example: { text: '7' },
  }),
  'source-unclosed': message({
    en: () => 'source line is not closed: end it with ）',
    zh: () => '信息来源行没有结束：请以 ） 结尾',
    example: {},
  }),
  'section-order': message({
    en: ({ numeral, expected }: { numeral: string; expected: number }) =>
      `section ${numeral}、 is out of order: expected section number ${expected}`,
    zh: ({ numeral, expected }) => `栏目 ${numeral}、 的顺序不对：这里应是第 ${expected} 个栏目`,
    example: { numeral: '三', expected: 2 },
  }),
  'subsection-before-section': message({
    en: ({ numeral, title }: { numeral: string; title: string }) => `subsection （${numeral}）${title} comes before the first section 一、`,
    zh: ({ numeral, title }) => `子栏目（${numeral}）${title}出现在第一个栏目“一、”之前`,
    example: { numeral: '一', title: '政策动态' },
  }),
  'subsection-order': message({
    en: ({ numeral, expected, section }: { numeral: string; expected: number; section: string }) =>
      `subsection （${numeral}） is out of order: expected subsection number ${expected} in ${section}`,
    zh: ({ numeral, expected, section }) => `子栏目（${numeral}）的顺序不对：在${section}中这里应是第 ${expected} 个子栏目`,
    example: { numeral: '三', expected: 2, section: '二、工作动态' },
  }),
  'subsection-mixed': message({
    en: ({ numeral, section }: { numeral: string; section: string }) =>
      `subsection （${numeral}） follows items placed directly under ${section}: a section has either items or subsections`,
    zh: ({ numeral, section }) => `子栏目（${numeral}）出现在直接放在${section}下的条目之后：一个栏目要么只有条目，要么只有子栏目`,
    example: { numeral: '一', section: '二、工作动态' },
  }),
  'item-before-section': message({
    en: ({ numeral, title }: { numeral: string; title: string }) => `item ${numeral}. ${title} comes before the first section 一、`,
    zh: ({ numeral, title }) => `条目 ${numeral}. ${title} 出现在第一个栏目“一、”之前`,
    example: { numeral: '1', title: '中央农村工作会议在京召开' },
  }),
  'item-order': message({
    en: ({ numeral, expected }: { numeral: string; expected: number }) =>
      `item ${numeral}. is out of order: expected item number ${expected}`,
    zh: ({ numeral, expected }) => `条目 ${numeral}. 的顺序不对：这里应是第 ${expected} 条`,
    example: { numeral: '3', expected: 2 },
  }),
  'caption-outside-item': message({
    en: ({ text }: { text: string }) => `figure caption "${text}" outside an item`,
    zh: ({ text }) => `图题“${text}”不在任何条目中`,
    example: { text: '图1 数字乡村发展指数' },
  }),
  'caption-after-source': message({
    en: ({ item }: { item: ItemRef }) => `figure caption after the source line of ${itemEn(item)}: the ${CLOSE_BRACKET} line comes last`,
    zh: ({ item }) => `${itemZh(item)}：图题在信息来源行之后，${CLOSE_BRACKET}一行应放在最后`,
    example: { item: { section: '二', subsection: '一', number: 1, title: '中央网信办等11部门联合印发…' } },
  }),
  'source-outside-item': message({
    en: () => `source line outside an item: it belongs after the text of an item "1. 标题"`,
    zh: () => '信息来源行不在任何条目中：它应放在某个条目（“1. 标题”）的正文之后',
    example: {},
  }),
  'second-source': message({
    en: ({ item }: { item: ItemRef }) => `second source line in ${itemEn(item)}: an item has one ${CLOSE_BRACKET} line`,
    zh: ({ item }) => `${itemZh(item)}：有第二个信息来源行，每个条目只有一行${CLOSE_BRACKET}`,
    example: { item: { section: '一', number: 2, title: '中央农村工作会议在京召开' } },
  }),
  'text-outside-item': message({
    en: ({ text, under }: { text: string; under?: string }) =>
      `cannot place "${text}": text ${under ? `under ${under} before its first item` : 'before the first section'}; every paragraph belongs to an item "1. 标题"`,
    zh: ({ text, under }) =>
      `无法放置“${text}”：这段文字${under ? `在${under}之下、第一个条目之前` : '在第一个栏目之前'}；每个段落都属于某个条目（“1. 标题”）`,
    example: { text: '本期要点', under: '（一）政策动态' },
  }),
  'text-after-source': message({
    en: ({ item }: { item: ItemRef }) => `text after the source line of ${itemEn(item)}: the ${CLOSE_BRACKET} line comes last`,
    zh: ({ item }) => `${itemZh(item)}：信息来源行之后还有正文，${CLOSE_BRACKET}一行应放在最后`,
    example: { item: { section: '二', subsection: '一', number: 3, title: '数字乡村试点' } },
  }),
  'section-empty': message({
    en: ({ numeral, title }: { numeral: string; title: string }) => `section ${numeral}、${title} has no items`,
    zh: ({ numeral, title }) => `栏目 ${numeral}、${title} 下没有条目`,
    example: { numeral: '三', title: '发展实践' },
  }),
  'subsection-empty': message({
    en: ({ numeral, title }: { numeral: string; title: string }) => `subsection （${numeral}）${title} has no items`,
    zh: ({ numeral, title }) => `子栏目（${numeral}）${title}下没有条目`,
    example: { numeral: '二', title: '地方动态' },
  }),
  'item-no-text': message({
    en: ({ item }: { item: ItemRef }) => `${itemEn(item)} has no text`,
    zh: ({ item }) => `${itemZh(item)}：没有正文`,
    example: { item: { section: '一', number: 1, title: '中央农村工作会议在京召开' } },
  }),
  'item-no-source': message({
    en: ({ item }: { item: ItemRef }) => `${itemEn(item)} has no source line: add ${CLOSE_BRACKET} after its text`,
    zh: ({ item }) => `${itemZh(item)}：缺少信息来源行，请在正文后加${CLOSE_BRACKET}`,
    example: { item: { section: '二', subsection: '一', number: 1, title: '中央网信办等11部门联合印发…' } },
  }),
  'figure-number-twice': message({
    en: ({ number, earlier }: { number: number; earlier: LineRef }) =>
      `a second picture captioned 图${number} (the first is at ${lineEn(earlier)}): number the figures 图1, 图2 … through the issue`,
    zh: ({ number, earlier }) => `又一幅图片的图题是图${number}（第一幅在${lineZh(earlier)}）：全期的图应依次编号为图1、图2……`,
    example: { number: 2, earlier: { page: 3, line: 7 } },
  }),
  'unknown-section': message({
    en: ({ numeral, title }: { numeral: string; title: string }) =>
      `section ${numeral}、${title} is not a known section: ${CONFIG_HINT_EN}`,
    zh: ({ numeral, title }) => `栏目 ${numeral}、${title} 不是已知栏目：${CONFIG_HINT_ZH}`,
    example: { numeral: '四', title: '国际动态' },
  }),
  'unknown-subsection': message({
    en: ({ numeral, title, section }: { numeral: string; title: string; section: string }) =>
      `subsection （${numeral}）${title} is not known under ${section}: ${CONFIG_HINT_EN}`,
    zh: ({ numeral, title, section }) => `子栏目（${numeral}）${title}不是“${section}”下的已知子栏目：${CONFIG_HINT_ZH}`,
    example: { numeral: '三', title: '典型案例', section: '发展实践' },
  }),
  // Bulletin: the contact block
  'no-contacts': message({
    en: () => 'no contact block at the end: expected the department line, 联系电话: … and 电子邮箱: …',
    zh: () => '末尾没有联系方式：应有部门一行、联系电话：… 和 电子邮箱：…',
    example: {},
  }),
  'no-department': message({
    en: () =>
      'no department line above 联系电话: the contact block starts with the department, e.g. 产业与规划研究所 新基建与数字化发展研究部',
    zh: () => '联系电话上方没有部门一行：联系方式以部门开头，例如 产业与规划研究所 新基建与数字化发展研究部',
    example: {},
  }),
  'contact-unplaced': message({
    en: ({ text }: { text: string }) => `cannot place "${text}" in the contact block: expected 联系电话: or 电子邮箱: and their values`,
    zh: ({ text }) => `无法把“${text}”放进联系方式：应是 联系电话： 或 电子邮箱： 及其内容`,
    example: { text: '传真：010-1234' },
  }),
  'bad-phone': message({
    en: ({ value }: { value: string }) => `"${value}" after 联系电话 is not a phone number (digits and dashes)`,
    zh: ({ value }) => `联系电话后的“${value}”不是电话号码（只含数字和连字符）`,
    example: { value: '62301618转' },
  }),
  'bad-email': message({
    en: ({ value }: { value: string }) => `"${value}" after 电子邮箱 is not an e-mail address`,
    zh: ({ value }) => `电子邮箱后的“${value}”不是电子邮件地址`,
    example: { value: 'caict.ac.cn' },
  }),
  'no-phone': message({
    en: () => 'the contact block has no 联系电话 phone number',
    zh: () => '联系方式中没有联系电话',
    example: {},
  }),
  'no-email': message({
    en: () => 'the contact block has no 电子邮箱 e-mail address',
    zh: () => '联系方式中没有电子邮箱',
    example: {},
  }),
  // Bulletin: the PDF
  'pdf-too-large': message({
    en: ({ size, max }: { size: string; max: string }) =>
      `the PDF is ${size}: the site keeps an original of at most ${max}; export it again with compressed pictures (Word: 文件 → 另存为 → 压缩图片), or import without keeping it (--no-pdf)`,
    zh: ({ size, max }) =>
      `PDF 有 ${size}：网站保存的原版 PDF 最大 ${max}；请压缩图片后重新导出（Word：文件 → 另存为 → 压缩图片），或导入时不保存原版（--no-pdf）`,
    example: { size: '21.3 MB', max: '20 MB' },
  }),
  'pdf-password': message({
    en: () => 'the PDF is protected by a password: save an unprotected copy and import that',
    zh: () => 'PDF 有密码保护：请另存一份没有密码的副本再导入',
    example: {},
  }),
  'pdf-unreadable': message({
    en: ({ detail }: { detail: string }) => `cannot read the PDF: ${detail}`,
    zh: ({ detail }) => `无法读取 PDF：${detail}`,
    example: { detail: 'Invalid PDF structure.' },
  }),
  'pdf-page-unreadable': message({
    en: ({ page, detail }: { page: number; detail: string }) => `cannot read page ${page} of the PDF: ${detail}`,
    zh: ({ page, detail }) => `无法读取 PDF 第 ${page} 页：${detail}`,
    example: { page: 3, detail: 'Invalid stream' },
  }),
  'pdf-scanned': message({
    en: () =>
      `the PDF has no text layer: its pages are pictures (a scan?), so there is no text to import. Write the issue from the PDF instead: ${NEW_ISSUE}`,
    zh: () => `PDF 没有文字层：页面都是图片（扫描件？），没有可导入的文字。请对照 PDF 录入这一期：${NEW_ISSUE}`,
    example: {},
  }),
  'pdf-no-text': message({
    en: ({ cMapUrl }: { cMapUrl: string }) =>
      `no text could be read from the PDF. If a PDF reader shows its text, its fonts are not embedded and pdf.js found no CMaps at ${cMapUrl}; if it is a scan, write the issue from the PDF instead: ${NEW_ISSUE}`,
    zh: ({ cMapUrl }) =>
      `从 PDF 中读不出文字。如果 PDF 阅读器能显示文字，说明字体没有嵌入，且 pdf.js 在 ${cMapUrl} 找不到 CMap；如果是扫描件，请对照 PDF 录入这一期：${NEW_ISSUE}`,
    example: { cMapUrl: 'node_modules/pdfjs-dist/cmaps/' },
  }),
  'page-scanned': message({
    en: ({ page }: { page: number }) =>
      `page ${page} has no text, only a picture (a scanned page?): nothing on it is imported; type its text in`,
    zh: ({ page }) => `第 ${page} 页没有文字，只有图片（扫描页？）：这一页的内容都没有导入，请把文字录入`,
    example: { page: 4 },
  }),
  // Q&A post
  'post-no-front-matter': message({
    en: () => 'no Jekyll front matter: the post must start with a --- line',
    zh: () => '没有 Jekyll 文件头：文章必须以 --- 一行开头',
    example: {},
  }),
  'post-front-matter-unclosed': message({
    en: () => 'the front matter is not closed: add a --- line after its last field',
    zh: () => '文件头没有结束：请在最后一个字段后加一行 ---',
    example: {},
  }),
  'post-second-link': message({
    en: ({ url }: { url: string }) => `a second original link <${url}>: the post has one original address (url)`,
    zh: ({ url }) => `第二个原文链接 <${url}>：一篇文章只有一个原文地址（url）`,
    example: { url: 'https://www.cac.gov.cn/x.htm' },
  }),
  'post-markdown-unplaced': message({
    en: ({ text }: { text: string }) =>
      `cannot place the Markdown line "${text}": only the original link <http…> and 返回 navigation links may follow the HTML`,
    zh: ({ text }) => `无法放置 Markdown 行“${text}”：HTML 之后只能有原文链接 <http…> 和“返回”导航链接`,
    example: { text: '[更多](https://example.org)' },
  }),
  'post-no-link': message({
    en: () => 'no original link: the post ends with the original address as <http…>',
    zh: () => '没有原文链接：文章应以 <http…> 形式的原文地址结尾',
    example: {},
  }),
  'post-no-body': message({
    en: () => 'the post has no body',
    zh: () => '文章没有正文',
    example: {},
  }),
  'post-no-source': message({
    en: () => 'no （文章来源：…） line in the body: the Q&A needs its publisher as source',
    zh: () => '正文中没有（文章来源：…）一行：答记者问需要注明发布单位',
    example: {},
  }),
  'post-yaml': message({
    en: ({ detail }: { detail: string }) => `front matter YAML: ${detail}`,
    zh: ({ detail }) => `文件头的 YAML 有错：${detail}`,
    example: { detail: 'Nested mappings are not allowed in compact mappings' },
  }),
  'post-front-matter-not-fields': message({
    en: () => 'the front matter is not a list of fields',
    zh: () => '文件头不是字段列表',
    example: {},
  }),
  'post-unknown-field': message({
    en: ({ key }: { key: string }) =>
      `unknown front matter field "${key}": only title, date, categories, tags (and layout, dropped) are imported`,
    zh: ({ key }) => `未知的文件头字段“${key}”：只导入 title、date、categories、tags（layout 会丢弃）`,
    example: { key: 'author' },
  }),
  'post-title-not-text': message({
    en: () => 'title must be text',
    zh: () => 'title 必须是文字',
    example: {},
  }),
  'post-bad-category': message({
    en: ({ category }: { category: string }) => `category "${category}" is not an ASCII slug (lowercase letters, digits, dashes)`,
    zh: ({ category }) => `分类“${category}”不是 ASCII 网址名（小写字母、数字、连字符）`,
    example: { category: '政策解读' },
  }),
  'post-no-title': message({
    en: () => 'the front matter has no title',
    zh: () => '文件头没有 title',
    example: {},
  }),
  'post-no-date': message({
    en: () => 'the front matter has no date',
    zh: () => '文件头没有 date',
    example: {},
  }),
  'post-bad-date': message({
    en: ({ text, lacks }: { text: string; lacks: 'format' | 'time' | 'zone' }) =>
      ({
        format: `date "${text}" is not a Jekyll date like 2022-01-26 18:56:08 +0800`,
        time: `date "${text}" has no time: give it as 2022-01-26 18:56:08 +0800`,
        zone: `date "${text}" has no time zone: add it, e.g. +0800`,
      })[lacks],
    zh: ({ text, lacks }) =>
      ({
        format: `日期“${text}”不是 Jekyll 日期，应写成 2022-01-26 18:56:08 +0800 这样`,
        time: `日期“${text}”没有时间：请写成 2022-01-26 18:56:08 +0800`,
        zone: `日期“${text}”没有时区：请加上，例如 +0800`,
      })[lacks],
    example: { text: '2023-03-15 09:30:00', lacks: 'zone' },
  }),
  'post-bad-slug': message({
    en: ({ slug }: { slug: string }) =>
      `--slug "${slug}" is not an ASCII slug: use lowercase letters, digits and dashes, e.g. digital-village-action-plan-2022-2025`,
    zh: ({ slug }) => `--slug "${slug}" 不是 ASCII 网址名：请用小写字母、数字和连字符，例如 digital-village-action-plan-2022-2025`,
    example: { slug: '行动计划' },
  }),
  'post-file-name-not-ascii': message({
    en: ({ name }: { name: string }) =>
      `the file name "${name}" is not ASCII, so it gives no slug: pass --slug, e.g. --slug digital-village-action-plan-2022-2025`,
    zh: ({ name }) => `文件名“${name}”不是 ASCII 字符，得不出网址名：请加 --slug，例如 --slug digital-village-action-plan-2022-2025`,
    example: { name: '行动计划.html' },
  }),
  'post-file-name-no-slug': message({
    en: ({ name }: { name: string }) => `the file name "${name}" gives no slug: pass --slug`,
    zh: ({ name }) => `文件名“${name}”得不出网址名：请加 --slug`,
    example: { name: '2022-01-26-.html' },
  }),
  // The commands (lib/import/cli.ts, scripts/import-*.ts)
  'usage-bulletin': message({
    en: () => `usage: npx tsx scripts/import-bulletin.ts <file.pdf|file.txt> [--out <dir>] [--public <dir>] [--date YYYY-MM-DD] [--force] [--no-pdf] [--lang en]
       (npm run import:bulletin -- <file.pdf|file.txt> …)

  <file.pdf>   the bulletin's PDF
  <file.txt>   or the text extracted from it: pdftotext (with or without -layout), or copied out of a PDF reader
  --out        folder to write YYYY-NN.md to (default: content/bulletins)
  --public     the site's public folder: a PDF's figures go to <dir>/images/YYYY-NN/fig-N.png and the PDF
               itself to <dir>/pdf/YYYY-NN.pdf, offered on the issue page as 下载原版 PDF (default: public)
  --date       publication date for the front matter; leave it out when unknown
  --force      overwrite existing files
  --no-pdf     do not keep the PDF (a text import never keeps one)
  --lang en    messages in English (default: Chinese, zh-CN)`,
    zh: () => `用法：npx tsx scripts/import-bulletin.ts <file.pdf|file.txt> [--out <目录>] [--public <目录>] [--date YYYY-MM-DD] [--force] [--no-pdf] [--lang en]
      （npm run import:bulletin -- <file.pdf|file.txt> …）

  <file.pdf>   这一期简报的 PDF
  <file.txt>   或从 PDF 中取出的文字：pdftotext（加不加 -layout 都可以），或从 PDF 阅读器中复制出来的文字
  --out        写出 YYYY-NN.md 的目录（默认：content/bulletins）
  --public     网站的 public 目录：PDF 中的图保存为 <目录>/images/YYYY-NN/fig-N.png，PDF 本身保存为
               <目录>/pdf/YYYY-NN.pdf，在这一期的页面上以“下载原版 PDF”提供（默认：public）
  --date       写进文件头的出版日期；不知道就不要加
  --force      覆盖已有的文件
  --no-pdf     不保存原版 PDF（从文字导入时本来就不保存）
  --lang en    用英文显示提示（默认：中文，zh-CN）`,
    example: {},
  }),
  'usage-post': message({
    en: () => `usage: npx tsx scripts/import-post.ts <file> [--slug <ascii-slug>] [--out <dir>] [--force] [--lang en]

  <file>       the Jekyll post: front matter, then the HTML body
  --slug       file name for the article (lowercase ASCII, digits, dashes);
               required when the input's file name is not ASCII
  --out        folder to write <slug>.md to (default: content/qa)
  --force      overwrite an existing file
  --lang en    messages in English (default: Chinese, zh-CN)`,
    zh: () => `用法：npx tsx scripts/import-post.ts <file> [--slug <英文网址名>] [--out <目录>] [--force] [--lang en]

  <file>       Jekyll 文章：文件头，然后是 HTML 正文
  --slug       文章的文件名（小写 ASCII 字母、数字、连字符）；
               输入文件名不是 ASCII 字符时必须给出
  --out        写出 <slug>.md 的目录（默认：content/qa）
  --force      覆盖已有的文件
  --lang en    用英文显示提示（默认：中文，zh-CN）`,
    example: {},
  }),
  'cli-bad-option': message({
    en: ({ detail }: { detail: string }) => `bad command line: ${detail}`,
    zh: ({ detail }) => `命令行参数有误：${detail}`,
    example: { detail: "Unknown option '--ouput'" },
  }),
  'cli-no-input': message({
    en: () => 'no input file',
    zh: () => '没有给出要导入的文件',
    example: {},
  }),
  'cli-one-input': message({
    en: () => 'one input file at a time',
    zh: () => '一次只能导入一个文件',
    example: {},
  }),
  'cli-unreadable': message({
    en: ({ file, detail }: { file: string; detail: string }) => `${file}: cannot read: ${detail}`,
    zh: ({ file, detail }) => `${file}：无法读取：${detail}`,
    example: { file: '2024-04.pdf', detail: "ENOENT: no such file or directory, open '2024-04.pdf'" },
  }),
  'cli-note': message({
    en: ({ text }: { text: string }) => `note: ${text}`,
    zh: ({ text }) => `注意：${text}`,
    example: { text: '…' },
  }),
  'cli-nothing-written': message({
    en: ({ count, file }: { count: number; file: string }) => `✗ ${count} problem(s): nothing written. Fix ${file} and run again.`,
    zh: ({ count, file }) => `✗ 共 ${count} 个问题：没有写入任何文件。请修改 ${file} 后重新导入。`,
    example: { count: 3, file: '2024-04.txt' },
  }),
  'cli-exists': message({
    en: ({ target }: { target: string }) =>
      `${target} already exists: pass --force to overwrite it (it may hold corrections made after an earlier import)`,
    zh: ({ target }) => `${target} 已经存在：要覆盖它请加 --force（它可能含有上次导入后做的修改）`,
    example: { target: 'content/bulletins/2024-04.md' },
  }),
  'cli-wrote': message({
    en: ({ target, others }: { target: string; others: readonly string[] }) =>
      `✓ wrote ${target}${others.length > 0 ? ` and ${others.join(', ')}` : ''}`,
    zh: ({ target, others }) => `✓ 已写入 ${target}${others.length > 0 ? ` 和 ${others.join('、')}` : ''}`,
    example: { target: 'content/bulletins/2024-04.md', others: ['public/pdf/2024-04.pdf'] },
  }),
  'cli-check-it': message({
    en: ({ target }: { target: string }) => `  check it with: npm run validate -- ${target}`,
    zh: ({ target }) => `  请检查：npm run validate -- ${target}`,
    example: { target: 'content/bulletins/2024-04.md' },
  }),
} as const;

export type ImportMessageId = keyof typeof IMPORT_MESSAGES;

/** What a message of `id` is made from. */
export type ImportMessageParams<I extends ImportMessageId> = (typeof IMPORT_MESSAGES)[I] extends ImportMessage<infer P> ? P : never;

/** A message in one language. */
export function importMessage<I extends ImportMessageId>(id: I, params: ImportMessageParams<I>, lang: Lang): string {
  const m = IMPORT_MESSAGES[id] as unknown as Messages<ImportMessageParams<I>>;
  return lang === 'en' ? m.en(params) : m.zh(params);
}
