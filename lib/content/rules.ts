/**
 * Every rule a content file must follow, each with a stable id, and the one catalogue of
 * their messages: each rule's message in Chinese (for editors, the default) and English (for
 * developers), made from the same typed parameters. Every problem names the rule it breaks;
 * CONTRIBUTING's rule table is generated from this list (npm run docs:rules), and a test makes
 * each rule print exactly its example in both languages, so the guide cannot drift.
 */

import { characterLabel } from './characters';
import { fieldMessageZh } from './field-messages';
import type { ConfusableScript } from './homograph';

/** Why a file could not be read. */
export type ReadFailure = 'broken-link' | 'folder' | 'permission' | 'checker' | 'other';

/** Raw HTML refused: the tag, or an attribute on an allowed one; and what the file's kind allows. */
interface RawHtmlParams {
  tag: string;
  attribute?: string;
  kind: 'bulletin' | 'qa';
  allowed: readonly string[];
}

/** A limit of the Markdown the parser can read in bounded time, and by how much it was passed. */
export type MarkdownLimitParams = { kind: 'nesting' | 'marks'; count: number; max: number } | { kind: 'unreadable'; detail: string };

const SCRIPT_NAMES_ZH: Readonly<Record<ConfusableScript, string>> = { Latin: '拉丁字母', Cyrillic: '西里尔字母', Greek: '希腊字母' };

/** The languages messages are written in: Chinese for editors (the default), English for developers. */
export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** A rule's message in both languages, made from one set of parameters. */
export interface Messages<P> {
  en: (params: P) => string;
  zh: (params: P) => string;
}

export interface Rule {
  /** What the reports list under `field` when the rule does not say more precisely. */
  field: string;
  /** What the rule asks of the editor, for the guide. */
  summary: string;
  /** The same in Chinese. */
  summaryZh?: string;
  /**
   * The rule's message in both languages. A rule still without one is reported with its English
   * text in both (a test lists those rules, so the list can only shrink).
   */
  message?: Messages<never>;
  /** The parameters of a message it prints (or, without `message`, the English text), word for word. */
  example: unknown;
  /** A warning is shown but stops nothing (validate exits 0, the build goes on); every other rule's problem stops the build. */
  severity?: 'warning';
}

/** What `original-pdf` found wrong with the PDF an issue names. */
interface OriginalPdfParams {
  problem: 'missing' | 'not-own' | 'too-large';
  pdf: string;
  own: string;
  /** The file's size, for `too-large`. */
  size: string;
  max: string;
}

export const RULES = {
  // The file itself
  'file-place': {
    field: 'file name',
    summary: 'content files sit directly in `content/bulletins/` or `content/qa/`',
    summaryZh: '内容文件直接放在 `content/bulletins/` 或 `content/qa/` 中',
    message: {
      en: ({ hint, named }: { hint?: string; named?: boolean }) =>
        named
          ? 'put the file in a bulletins/ or qa/ folder so its kind is known'
          : `not read: content files go in content/bulletins/ or content/qa/${hint ? ` (did you mean ${hint}/?)` : ''}`,
      zh: ({ hint, named }: { hint?: string; named?: boolean }) =>
        named
          ? '请把文件放在 bulletins/ 或 qa/ 文件夹中，才知道它是哪类内容'
          : `没有读取：内容文件应放在 content/bulletins/ 或 content/qa/ 中${hint ? `（是想放在 ${hint}/ 吗？）` : ''}`,
    },
    example: { hint: 'bulletins' },
  },
  'file-markdown': {
    field: 'file name',
    summary: 'only Markdown files',
    summaryZh: '只放 Markdown 文件',
    message: {
      en: () => 'not a Markdown file: content files end in .md',
      zh: () => '不是 Markdown 文件：内容文件的扩展名是 .md',
    },
    example: {},
  },
  'file-readable': {
    field: 'file',
    summary: 'the file can be read (not a broken link, not a folder)',
    summaryZh: '文件可以读取（不是失效的链接，不是文件夹）',
    message: {
      en: ({ reason, detail }: { reason: ReadFailure; detail?: string }) =>
        reason === 'checker'
          ? `cannot read the file: the checker failed on it (${detail})`
          : `cannot read the file: ${{ 'broken-link': 'it is a link to a file that does not exist', folder: 'it is a folder', permission: 'permission denied', other: detail }[reason]}`,
      zh: ({ reason, detail }: { reason: ReadFailure; detail?: string }) =>
        reason === 'checker'
          ? `无法读取文件：检查程序在这个文件上出错（${detail}）`
          : `无法读取文件：${{ 'broken-link': '它是指向不存在的文件的链接', folder: '它是一个文件夹', permission: '没有读取权限', other: detail }[reason]}`,
    },
    example: { reason: 'broken-link' },
  },
  'file-link-outside': {
    field: 'file',
    summary: 'a link under `content/` points inside `content/` (it is not read otherwise)',
    summaryZh: '`content/` 下的链接只能指向 `content/` 之内（否则不读取）',
    message: {
      en: () => 'not read: a link to a file outside content/; put the file itself here',
      zh: () => '没有读取：这是指向 content/ 之外文件的链接，请把文件本身放在这里',
    },
    example: {},
  },
  'file-size': {
    field: 'file',
    summary: 'at most 2 MB a file',
    summaryZh: '每个文件最大 2 MB',
    message: {
      en: ({ mb, max }: { mb: string; max: number }) => `the file is ${mb} MB: a content file may be at most ${max} MB`,
      zh: ({ mb, max }: { mb: string; max: number }) => `文件有 ${mb} MB：内容文件最大 ${max} MB`,
    },
    example: { mb: '2.1', max: 2 },
  },
  'file-encoding': {
    field: 'file',
    summary: 'saved as UTF-8 (a BOM and CRLF line endings are fine)',
    summaryZh: '以 UTF-8 编码保存（带 BOM、CRLF 换行都可以）',
    message: {
      en: ({ encoding }: { encoding: string }) => `not UTF-8: the file looks like ${encoding}; save it as UTF-8`,
      zh: ({ encoding }: { encoding: string }) =>
        `不是 UTF-8 编码：文件看起来是 ${encoding === 'another encoding' ? '其他编码' : encoding}，请另存为 UTF-8`,
    },
    example: { encoding: 'GBK (GB 2312/GB 18030)' },
  },
  'control-character': {
    field: 'text',
    summary: 'no control characters (NUL, escape codes …) anywhere',
    summaryZh: '任何地方都不能有控制字符（NUL、转义码等）',
    message: {
      en: ({ code, more }: { code: number; more?: number }) =>
        `control character ${characterLabel(code, 'en')}: delete it${more ? ` (and ${more} more after it)` : ''}`,
      zh: ({ code, more }: { code: number; more?: number }) =>
        `控制字符 ${characterLabel(code, 'zh')}：请删除${more ? `（后面还有 ${more} 个）` : ''}`,
    },
    example: { code: 0 },
  },
  'invisible-character': {
    field: 'title',
    summary: 'no zero-width or text-direction characters in titles and names',
    summaryZh: '标题和名称里不能有零宽字符或文字方向字符',
    message: {
      en: ({ code, before }: { code: number; before: string }) =>
        `invisible character ${characterLabel(code, 'en')} ${before ? `after "${before}"` : 'at the start'}: delete it`,
      zh: ({ code, before }: { code: number; before: string }) =>
        `${before ? `“${before}”之后` : '开头'}有看不见的字符 ${characterLabel(code, 'zh')}：请删除`,
    },
    example: { code: 0x200b, before: '2. 山西省' },
  },
  'bidi-control': {
    field: 'text',
    summary: 'no text-direction controls (U+202A–202E, U+2066–2069) anywhere: they show text in another order than it is stored',
    summaryZh: '任何地方都不能有文字方向控制符（U+202A–202E、U+2066–2069）：它们让文字显示的顺序与实际不同',
    message: {
      en: ({ code, before }: { code: number; before: string }) =>
        `text-direction control ${characterLabel(code, 'en')} ${before ? `after "${before}"` : 'at the start of the line'}: delete it`,
      zh: ({ code, before }: { code: number; before: string }) =>
        `${before ? `“${before}”之后` : '行首'}有文字方向控制符 ${characterLabel(code, 'zh')}：请删除`,
    },
    example: { code: 0x202e, before: '2月3日，' },
  },
  mojibake: {
    field: 'text',
    summary: 'no mojibake: UTF-8 text read as Windows-1252 or GBK (`â€œ`, `é”™è¯¯`, `閿欒`)',
    summaryZh: '没有乱码：被当成 Windows-1252 或 GBK 读错的 UTF-8 文字（`â€œ`、`é”™è¯¯`、`閿欒`）',
    message: {
      en: ({ text, meant, encoding }: { text: string; meant: string; encoding: string }) =>
        `garbled text "${text}" (UTF-8 read as ${encoding}): it should read "${meant}"; copy it again from the source`,
      zh: ({ text, meant, encoding }: { text: string; meant: string; encoding: string }) =>
        `乱码“${text}”（UTF-8 文字被当成 ${encoding} 读取）：原文应是“${meant}”，请从原文重新复制`,
    },
    example: { text: 'é”™è¯¯', meant: '错误', encoding: 'Windows-1252' },
  },
  'look-alike-character': {
    field: 'text',
    summary: 'no radicals or compatibility ideographs that look like a character (⻅ for 见): write the character itself',
    summaryZh: '不用形似汉字的部首或兼容汉字（如 ⻅ 冒充 见）：请写汉字本身',
    message: {
      en: ({ char, charCode, unified, unifiedCode }: { char: string; charCode: string; unified: string; unifiedCode: string }) =>
        `look-alike character ${char} (${charCode}, a radical or compatibility form): write ${unified} (${unifiedCode}) instead, or search will not find the word`,
      zh: ({ char, charCode, unified, unifiedCode }: { char: string; charCode: string; unified: string; unifiedCode: string }) =>
        `形似汉字的字符 ${char}（${charCode}，部首或兼容字）：请改为 ${unified}（${unifiedCode}），否则搜索找不到这个词`,
    },
    example: { char: '⻅', charCode: 'U+2EC5', unified: '见', unifiedCode: 'U+89C1' },
  },
  'text-reaches-page': {
    field: 'text',
    summary: 'every character of the text reaches the page: nothing hidden by an unclosed `<!--` or by markup',
    summaryZh: '正文的每个字都显示在页面上：没有被未闭合的 `<!--` 或其他标记藏起来',
    message: {
      en: ({ excerpt }: { excerpt: string }) =>
        `text from "${excerpt}" on does not reach the page (an unclosed <!-- comment, or markup that hides it): close the comment or remove the markup`,
      zh: ({ excerpt }: { excerpt: string }) =>
        `从“${excerpt}”起的文字没有出现在页面上（未闭合的 <!-- 注释，或隐藏文字的标记）：请闭合注释或删除该标记`,
    },
    example: { excerpt: '山西省开展数字乡村试点' },
  },
  'bulletin-file-name': {
    field: 'file name',
    summary: 'a bulletin is named `YYYY-NN.md` after its year and number',
    summaryZh: '简报文件按年份和期号命名为 `YYYY-NN.md`',
    message: {
      en: ({ name, label, id }: { name?: string; label?: string; id?: string }) =>
        label ? `front matter says ${label}: name the file ${id}.md` : `"${name}" should be YYYY-NN.md, for example 2024-02.md`,
      zh: ({ name, label, id }: { name?: string; label?: string; id?: string }) =>
        label ? `文件头写的是${label}：文件应命名为 ${id}.md` : `“${name}”应命名为 YYYY-NN.md，例如 2024-02.md`,
    },
    example: { label: '2024年第2期', id: '2024-02' },
  },
  'qa-slug': {
    field: 'file name',
    summary: 'a Q&A is named with an ASCII slug',
    summaryZh: '答记者问文件用 ASCII 网址名命名',
    message: {
      en: ({ slug }: { slug: string }) =>
        `"${slug}" is not an ASCII slug: use lowercase letters, digits and dashes, for example digital-village-action-plan`,
      zh: ({ slug }: { slug: string }) => `“${slug}”不是 ASCII 网址名：请用小写字母、数字和短横线，例如 digital-village-action-plan`,
    },
    example: { slug: '数字乡村答记者问' },
  },
  'qa-slug-reserved': {
    field: 'file name',
    summary: 'a Q&A slug is not the name of a site page',
    summaryZh: '答记者问的网址名不能与站点页面重名',
    message: {
      en: ({ slug }: { slug: string }) => `"${slug}" is reserved for the /qa/${slug}/ page: choose another name`,
      zh: ({ slug }: { slug: string }) => `“${slug}”是站点 /qa/${slug}/ 页面的地址：请换一个名字`,
    },
    example: { slug: 'tags' },
  },
  'no-such-file': {
    field: 'file name',
    summary: 'a file named on the command line exists',
    summaryZh: '命令行里指定的文件存在',
    message: {
      en: ({ folder }: { folder?: boolean }) => (folder ? 'no such content folder' : 'no such file'),
      zh: ({ folder }: { folder?: boolean }) => (folder ? '内容文件夹不存在' : '文件不存在'),
    },
    example: {},
  },
  // Front matter
  'front-matter-present': {
    field: 'front matter',
    summary: 'the file starts with front matter',
    summaryZh: '文件以文件头开始',
    message: {
      en: () => 'missing: the file must start with a `---` line, the YAML fields, and a closing `---` line',
      zh: () => '缺少文件头：文件应以一行 `---` 开始，接着是 YAML 字段，再以一行 `---` 结束',
    },
    example: {},
  },
  'front-matter-closed': {
    field: 'front matter',
    summary: 'front matter ends with a `---` line',
    summaryZh: '文件头以一行 `---` 结束',
    message: {
      en: () => 'not closed: add a `---` line after the last field',
      zh: () => '文件头没有结束：请在最后一个字段后加一行 `---`',
    },
    example: {},
  },
  'yaml-syntax': {
    field: 'front matter',
    summary: 'the front matter is plain YAML (no alias tricks)',
    summaryZh: '文件头是普通的 YAML（不用别名等技巧）',
    message: {
      en: ({ detail }: { detail: string }) => `YAML syntax error: ${detail}`,
      zh: ({ detail }: { detail: string }) => `YAML 语法错误（请检查缩进、冒号和括号）：${detail}`,
    },
    example: { detail: 'Flow sequence in block collection must be sufficiently indented and end with a ]' },
  },
  'yaml-tag': {
    field: 'front matter',
    summary: 'front matter holds plain values only: no YAML tags such as `!!js/function`, `!!binary`, `!!python/…`',
    summaryZh: '文件头只写普通的值：不用 `!!js/function`、`!!binary`、`!!python/…` 等 YAML 标签',
    message: {
      en: ({ tag }: { tag: string }) => `YAML tag ${tag} is not allowed: front matter holds plain text, numbers and lists; delete the tag`,
      zh: ({ tag }: { tag: string }) => `不能使用 YAML 标签 ${tag}：文件头只写文字、数字和列表，请删除这个标签`,
    },
    example: { tag: '!!js/function' },
  },
  'field-required': {
    field: 'the field',
    summary: 'every required field is there',
    summaryZh: '必填字段都要有',
    message: {
      en: ({ expected }: { expected: string }) => `required field is missing (${expected})`,
      zh: ({ expected }: { expected: string }) => `缺少必填字段（${fieldMessageZh(expected)}）`,
    },
    example: { expected: 'expected text' },
  },
  'field-unknown': {
    field: 'the field',
    summary: 'no unknown fields',
    summaryZh: '没有未知字段',
    message: {
      en: ({ name }: { name: string }) => `unknown field "${name}"`,
      zh: ({ name }: { name: string }) => `未知字段“${name}”：请检查拼写，或删除`,
    },
    example: { name: 'numbr' },
  },
  'field-value': {
    field: 'the field',
    summary:
      'each field has a value of its kind: a whole number in range, a real date, text that is not blank, a quoted phone number, an e-mail address, an http(s) address',
    summaryZh: '每个字段的值符合它的类型：范围内的整数、真实的日期、不为空的文字、加引号的电话号码、电子邮箱、http(s) 网址',
    message: {
      en: ({ message }: { message: string }) => message,
      zh: ({ message }: { message: string }) => fieldMessageZh(message),
    },
    example: { message: 'expected an issue number from 1 to 99' },
  },
  'url-text': {
    field: 'url',
    summary: 'an address field holds the address alone, nothing after it',
    summaryZh: '网址字段只写网址，后面不加文字',
    message: {
      en: ({ extra }: { extra: string }) => `text after the address: "${extra}"; the field holds the address alone`,
      zh: ({ extra }: { extra: string }) => `网址后面多了文字“${extra}”：这个字段只写网址`,
    },
    example: { extra: '原文' },
  },
  'url-homograph': {
    field: 'link',
    summary: 'no host that mixes scripts (a Cyrillic а in a Latin name): a look-alike address; one-script internationalised names are fine',
    summaryZh: '域名不能混用文字（拉丁字母的域名里夹着西里尔字母 а）：这是仿冒的网址；只用一种文字的中文等域名可以',
    message: {
      en: ({ host, scripts, letter }: { host: string; scripts: readonly ConfusableScript[]; letter: string }) =>
        `the address's host "${host}" mixes ${scripts.join(' and ')} letters ("${letter}"): a look-alike of another address; type the address again`,
      zh: ({ host, scripts, letter }: { host: string; scripts: readonly ConfusableScript[]; letter: string }) =>
        `网址的域名“${host}”混用了${scripts.map((script) => SCRIPT_NAMES_ZH[script]).join('和')}（“${letter}”）：是仿冒别的网址的写法，请重新输入网址`,
    },
    example: { host: 'finews.zning.xуz', scripts: ['Latin', 'Cyrillic'], letter: 'у' },
  },
  'issue-date': {
    field: 'date',
    summary: "a bulletin's date falls in its year, within two months of its number's month",
    summaryZh: '简报的出版日期在它的年份之内，且与期号对应的月份相差不超过两个月',
    message: {
      en: ({ date, label, year }: { date: string; label: string; year?: number }) =>
        year !== undefined
          ? `the date ${date} is not in ${year}, the year of ${label}: check the year`
          : `the date ${date} is far from ${label}: an issue comes out about a month after the last; check the month`,
      zh: ({ date, label, year }: { date: string; label: string; year?: number }) =>
        year !== undefined
          ? `出版日期 ${date} 不在${label}所在的 ${year} 年：请核对年份`
          : `出版日期 ${date} 与${label}相差太远：请核对月份`,
    },
    example: { date: '2042-02-20', label: '2024年第2期', year: 2024 },
  },
  // Bulletin structure
  'bulletin-sections': {
    field: 'body',
    summary: 'a bulletin has at least one section',
    summaryZh: '简报至少有一个栏目',
    message: {
      en: () => 'no sections: write the issue\'s sections, "## 一、中央精神" with its items, below the front matter',
      zh: () => '没有栏目：请在文件头下面写本期的栏目，如“## 一、中央精神”及其条目',
    },
    example: {},
  },
  'heading-level': {
    field: 'heading',
    summary: '`##` for sections, `###` for subsections, `####` for items',
    summaryZh: '栏目用 `##`，子栏目用 `###`，条目用 `####`',
    message: {
      en: ({ depth, text }: { depth: number; text: string }) =>
        `level-${depth} heading "${text}": use ## for sections, ### for subsections, #### for items`,
      zh: ({ depth, text }: { depth: number; text: string }) => `${depth} 级标题“${text}”：栏目用 ##，子栏目用 ###，条目用 ####`,
    },
    example: { depth: 5, text: '国际动态' },
  },
  'setext-heading': {
    field: 'heading',
    summary: 'no `---` or `===` line right under a line of text: it turns that line into a heading',
    summaryZh: '文字下一行不能紧跟 `---` 或 `===`：那会把上面一行变成标题',
    message: {
      en: ({ text, mark }: { text: string; mark: string }) =>
        `the ${mark} line under "${text}" makes it a heading: delete the ${mark} line`,
      zh: ({ text, mark }: { text: string; mark: string }) => `“${text}”下一行的 ${mark} 会把它变成标题：请删除 ${mark} 这一行`,
    },
    example: { text: '小结', mark: '---' },
  },
  'heading-space': {
    field: 'heading',
    summary: 'a space after the `#` marks of a heading (`#### 2. 标题`, not `####2. 标题`)',
    summaryZh: '标题的 `#` 号后要有空格（写 `#### 2. 标题`，不写 `####2. 标题`）',
    message: {
      en: ({ text, fixed }: { text: string; fixed: string }) => `"${text}" is no heading without a space after the #: write "${fixed}"`,
      zh: ({ text, fixed }: { text: string; fixed: string }) => `“${text}”的 # 号后没有空格，不会成为标题：请写成“${fixed}”`,
    },
    example: { text: '####2. 山西省开展数字乡村试点', fixed: '#### 2. 山西省开展数字乡村试点' },
  },
  'code-block': {
    field: 'text',
    summary: 'no code blocks: a paragraph indented by a tab or four spaces becomes one (write a first-line indent as plain text)',
    summaryZh: '不能有代码块：用 Tab 或四个空格缩进的段落会变成代码块（首行缩进直接写正文）',
    message: {
      en: ({ fenced }: { fenced?: boolean }) =>
        fenced
          ? 'a code block (```) does not belong in the text: write it as paragraphs'
          : 'text indented by a tab or four spaces becomes a code block: do not indent the first line with spaces or a tab, write the text directly',
      zh: ({ fenced }: { fenced?: boolean }) =>
        fenced
          ? '正文里不能有代码块（```）：请写成普通段落'
          : '这段文字用 Tab 或空格缩进，会变成代码块：首行缩进不用空格或 Tab，直接写正文',
    },
    example: {},
  },
  footnote: {
    field: 'text',
    summary: 'no footnotes (`[^1]`): their notes are not published',
    summaryZh: '不用脚注（`[^1]`）：脚注的注释不会发布',
    message: {
      en: ({ label }: { label: string }) =>
        `footnote [^${label}]: footnotes are not published; write the note into the text, for example in brackets`,
      zh: ({ label }: { label: string }) => `脚注 [^${label}]：脚注不会发布，请把注释写进正文，例如放在括号里`,
    },
    example: { label: '1' },
  },
  'section-heading': {
    field: 'section',
    summary: 'a section heading reads `## 一、名称`',
    summaryZh: '栏目标题写作 `## 一、名称`',
    message: {
      en: ({ text }: { text: string }) => `"${text}" is not a section heading: write "## 一、中央精神"`,
      zh: ({ text }: { text: string }) => `“${text}”不是栏目标题：请写成“## 一、中央精神”`,
    },
    example: { text: '中央精神' },
  },
  'section-known': {
    field: 'section',
    summary: 'known sections only (`lib/content/sections.ts`)',
    summaryZh: '只用已知的栏目（`lib/content/sections.ts`）',
    message: {
      en: ({ name, expected }: { name: string; expected: string }) => `unknown section "${name}": expected one of ${expected}`,
      zh: ({ name, expected }: { name: string; expected: string }) => `未知栏目“${name}”：应为${expected}之一`,
    },
    example: { name: '中央文件', expected: '中央精神、工作动态、发展实践' },
  },
  'section-once': {
    field: 'section',
    summary: 'each section once',
    summaryZh: '每个栏目只出现一次',
    message: {
      en: ({ name }: { name: string }) => `section "${name}" appears twice`,
      zh: ({ name }: { name: string }) => `栏目“${name}”出现了两次`,
    },
    example: { name: '中央精神' },
  },
  'section-number': {
    field: 'section.number',
    summary: 'sections numbered 一、二、三 … in order',
    summaryZh: '栏目按一、二、三……依次编号',
    message: {
      en: ({ name, written, expected }: { name: string; written: string; expected: string }) =>
        `section "${name}" is numbered ${written}, expected ${expected}`,
      zh: ({ name, written, expected }: { name: string; written: string; expected: string }) =>
        `栏目“${name}”的序号是${written}，应为${expected}`,
    },
    example: { name: '工作动态', written: '三', expected: '二' },
  },
  'section-items': {
    field: 'section',
    summary: 'a section or subsection has items',
    summaryZh: '栏目和子栏目下都有条目',
    message: {
      en: ({ name, subsection }: { name: string; subsection?: boolean }) =>
        `${subsection ? 'subsection' : 'section'} "${name}" has no items: add its items, or delete the heading`,
      zh: ({ name, subsection }: { name: string; subsection?: boolean }) =>
        `${subsection ? '子栏目' : '栏目'}“${name}”下没有条目：请加上条目，或删去这个标题`,
    },
    example: { name: '中央精神' },
  },
  'subsection-heading': {
    field: 'subsection',
    summary: 'a subsection heading reads `### （一）名称`, inside a section',
    summaryZh: '子栏目标题写作 `### （一）名称`，放在栏目之内',
    message: {
      en: ({ text, outside }: { text: string; outside?: boolean }) =>
        outside
          ? `subsection "${text}" is not inside a known section`
          : `"${text}" is not a subsection heading: write "### （一）部委动态"`,
      zh: ({ text, outside }: { text: string; outside?: boolean }) =>
        outside ? `子栏目“${text}”不在任何已知栏目之内` : `“${text}”不是子栏目标题：请写成“### （一）部委动态”`,
    },
    example: { text: '部委动态' },
  },
  'subsection-known': {
    field: 'subsection',
    summary: 'known subsections of each section only',
    summaryZh: '每个栏目只用它已知的子栏目',
    message: {
      en: ({ name, section, expected }: { name: string; section: string; expected: readonly string[] }) =>
        `unknown subsection "${name}" in ${section}: expected ${expected.length ? `one of ${expected.join('、')}` : 'no subsections'}`,
      zh: ({ name, section, expected }: { name: string; section: string; expected: readonly string[] }) =>
        `${section}没有“${name}”这个子栏目：${expected.length ? `应为${expected.join('、')}之一` : '这个栏目不分子栏目'}`,
    },
    example: { name: '国际动态', section: '工作动态', expected: ['部委动态', '地方动态'] },
  },
  'subsection-place': {
    field: 'subsection',
    summary: 'a section holds items or subsections, not both',
    summaryZh: '一个栏目要么直接放条目，要么分子栏目，不能两者都有',
    message: {
      en: ({ name, section }: { name: string; section: string }) => `subsection "${name}" follows items placed directly under ${section}`,
      zh: ({ name, section }: { name: string; section: string }) =>
        `子栏目“${name}”之前已有直接放在${section}下的条目：一个栏目要么直接放条目，要么分子栏目`,
    },
    example: { name: '部委动态', section: '工作动态' },
  },
  'subsection-number': {
    field: 'subsection.number',
    summary: 'subsections numbered （一）（二） … in order',
    summaryZh: '子栏目按（一）（二）……依次编号',
    message: {
      en: ({ name, written, expected }: { name: string; written: string; expected: string }) =>
        `subsection "${name}" is numbered ${written}, expected ${expected}`,
      zh: ({ name, written, expected }: { name: string; written: string; expected: string }) =>
        `子栏目“${name}”的序号是${written}，应为${expected}`,
    },
    example: { name: '地方动态', written: '（三）', expected: '（二）' },
  },
  'item-heading': {
    field: 'item',
    summary: 'an item heading reads `#### 1. 标题`, inside a section',
    summaryZh: '条目标题写作 `#### 1. 标题`，放在栏目之内',
    message: {
      en: ({ text, outside }: { text: string; outside?: boolean }) =>
        outside ? `item "${text}" is not inside a known section` : `"${text}" is not an item heading: write "#### 1. 标题"`,
      zh: ({ text, outside }: { text: string; outside?: boolean }) =>
        outside ? `条目“${text}”不在任何已知栏目之内` : `“${text}”不是条目标题：请写成“#### 1. 标题”`,
    },
    example: { text: '山西省开展数字乡村试点' },
  },
  'item-title': {
    field: 'item',
    summary: 'an item heading has a title after its number',
    summaryZh: '条目标题在序号后要有标题文字',
    message: {
      en: ({ text }: { text: string }) => `item heading "${text}" has no title: write the title after the number, "#### 1. 标题"`,
      zh: ({ text }: { text: string }) => `条目标题“${text}”只有序号：请在序号后写标题，如“#### 1. 标题”`,
    },
    example: { text: '2.' },
  },
  'item-place': {
    field: 'item',
    summary: 'after subsections, an item sits in one',
    summaryZh: '栏目分了子栏目后，条目要放在某个子栏目里',
    message: {
      en: ({ text, section }: { text: string; section: string }) =>
        `item "${text}" follows the subsections of ${section} without a subsection of its own`,
      zh: ({ text, section }: { text: string; section: string }) => `条目“${text}”在${section}的子栏目之后，却不属于任何子栏目`,
    },
    example: { text: '1. 第七届中国农村电子商务大会在浙江丽水举办', section: '工作动态' },
  },
  'item-number': {
    field: 'item.number',
    summary: 'items numbered 1, 2, 3 … within their section or subsection',
    summaryZh: '条目在栏目或子栏目内按 1、2、3……依次编号',
    message: {
      en: ({ title, written, expected }: { title: string; written: string; expected: number }) =>
        `item "${title}" is numbered ${written}, expected ${expected}`,
      zh: ({ written, expected }: { title: string; written: string; expected: number }) => `序号是 ${written}，应为 ${expected}`,
    },
    example: { title: '山西省开展数字乡村试点', written: '3', expected: 2 },
  },
  'item-text': {
    field: 'item',
    summary: 'every item has text',
    summaryZh: '每条都有正文',
    message: {
      en: ({ item, title }: { item: string; title: string }) => `item ${item} "${title}" has no text`,
      zh: () => '没有正文：请在标题下写正文',
    },
    example: { item: '2-2-2', title: '山西省开展数字乡村试点' },
  },
  'figure-alone': {
    field: 'item',
    summary: 'a figure caption is not all the text an item has',
    summaryZh: '条目不能只剩图注而没有正文',
    message: {
      en: ({ item, caption }: { item: string; caption: string }) => `item ${item} has only the figure caption "${caption}": write its text`,
      zh: ({ caption }: { item: string; caption: string }) => `只有图注“${caption}”，没有正文：请补上正文`,
    },
    example: { item: '2-2-1', caption: '图1 第七届中国农村电子商务大会现场' },
  },
  'item-once': {
    field: 'item',
    summary: 'each item once in an issue: no two with the same title or the same text',
    summaryZh: '同一期里每条只出现一次：没有标题相同或正文相同的两条',
    message: {
      en: ({ item, first, same }: { item: string; first: string; firstPlace: string; same: 'title' | 'text' }) =>
        `item ${item} has the same ${same} as item ${first}: delete one`,
      zh: ({ firstPlace, same }: { item: string; first: string; firstPlace: string; same: 'title' | 'text' }) =>
        `与${firstPlace}的${same === 'title' ? '标题' : '正文'}相同：请删去重复的一条`,
    },
    example: { item: '1-2', first: '1-1', firstPlace: '一、第1条', same: 'title' },
  },
  'item-repeated': {
    field: 'item',
    severity: 'warning',
    summary: 'warning: the same item (title or text) in two issues',
    summaryZh: '提醒：两期里有同一条（标题或正文相同）',
    message: {
      en: ({ item, file, first }: { item: string; file: string; first: string; firstPlace: string }) =>
        `item ${item} is also in ${file} (item ${first}): check that it belongs in both issues`,
      zh: ({ file, firstPlace }: { item: string; file: string; first: string; firstPlace: string }) =>
        `${file} 的${firstPlace}也是这一条：请确认两期都应收录`,
    },
    example: { item: '1-1', file: 'bulletins/2024-02.md', first: '1-1', firstPlace: '一、第1条' },
  },
  'text-in-item': {
    field: 'body',
    summary: 'text belongs to an item',
    summaryZh: '文字都属于某个条目',
    message: {
      en: () => 'text outside an item: put it under an item heading "#### 1. 标题"',
      zh: () => '文字不在任何条目之内：请放在条目标题“#### 1. 标题”之下',
    },
    example: {},
  },
  'source-line': {
    field: 'item.source',
    summary: 'each item ends with one source line `（信息来源：新华社）`',
    summaryZh: '每条以一行信息来源结尾：`（信息来源：新华社）`',
    message: {
      en: ({ item }: { item: string }) => `item ${item} has no source line: add （信息来源：…） after its text`,
      zh: () => '缺少信息来源行，请在正文后加（信息来源：…）',
    },
    example: { item: '1-1' },
  },
  'source-once': {
    field: 'item.source',
    summary: 'one source line per item',
    summaryZh: '每条只有一行信息来源',
    message: {
      en: ({ item }: { item: string }) => `item ${item} has two source lines: keep one （信息来源：…）`,
      zh: () => '有两行信息来源：只保留一行（信息来源：…）',
    },
    example: { item: '1-1' },
  },
  'source-last': {
    field: 'item.source',
    summary: 'the source line comes last',
    summaryZh: '信息来源行在最后',
    message: {
      en: ({ item }: { item: string }) => `text after the source line of item ${item}: the source line （信息来源：…） comes last`,
      zh: () => '信息来源行之后还有文字：信息来源行（信息来源：…）应放在最后',
    },
    example: { item: '1-1' },
  },
  'source-form': {
    field: 'item.source',
    summary: 'a source line reads `（信息来源：名称）` with a name',
    summaryZh: '信息来源行写作 `（信息来源：名称）`，要有名称',
    message: {
      en: ({ text, blank }: { text: string; blank?: boolean }) =>
        blank
          ? `source line "${text}" names no source: write （信息来源：新华社）`
          : `malformed source line "${text}": write （信息来源：新华社）`,
      zh: ({ text, blank }: { text: string; blank?: boolean }) =>
        blank ? `信息来源行“${text}”没有写来源：请写成（信息来源：新华社）` : `信息来源行“${text}”格式不对：请写成（信息来源：新华社）`,
    },
    example: { text: '信息来源：新华社' },
  },
  // Q&A structure
  'qa-questions': {
    field: 'questions',
    summary: 'a Q&A has questions, each a `## ` heading',
    summaryZh: '答记者问有问题，每个问题是一个 `## ` 标题',
    message: {
      en: () => 'no questions: write each question as a "## " heading',
      zh: () => '没有问题：每个问题写成一个“## ”标题',
    },
    example: {},
  },
  'qa-title-heading': {
    field: 'heading',
    summary: 'no `#` heading: the title comes from front matter',
    summaryZh: '不用 `#` 标题：标题来自文件头',
    message: {
      en: () => 'the title comes from front matter: use ## for questions',
      zh: () => '标题来自文件头：问题请用 ##',
    },
    example: {},
  },
  'qa-answer': {
    field: 'answer',
    summary: 'every question has an answer with text',
    summaryZh: '每个问题都有带文字的回答',
    message: {
      en: ({ question }: { question: string }) => `question "${question}" has no answer`,
      zh: () => '没有回答：请在问题下写回答',
    },
    example: { question: '一、请介绍一下出台《行动计划》的背景？' },
  },
  'qa-question-once': {
    field: 'question',
    summary: 'each question once',
    summaryZh: '每个问题只出现一次',
    message: {
      en: ({ question, first }: { question: string; first: number }) => `question "${question}" repeats question ${first}: delete one`,
      zh: ({ first }: { question: string; first: number }) => `与第${first}问重复：请删去一个`,
    },
    example: { question: '二、《行动计划》对“十四五”时期数字乡村发展提出了什么目标？', first: 1 },
  },
  // Markdown in both kinds
  'raw-html': {
    field: 'html',
    summary: 'no raw HTML in bulletins; in Q&A only `<br>`, `<sup>`, `<sub>`, without attributes (HTML comments are fine)',
    summaryZh: '简报里不用 HTML；答记者问里只能用不带属性的 `<br>`、`<sup>`、`<sub>`（HTML 注释可以）',
    message: {
      en: ({ tag, attribute, kind, allowed }: RawHtmlParams) =>
        attribute
          ? `attribute ${attribute} on <${tag}> is not allowed: raw HTML takes no attributes`
          : `raw HTML <${tag}> is not allowed ${kind === 'bulletin' ? 'in a bulletin: write Markdown' : `in a Q&A: write Markdown (HTML may only be ${allowed.map((t) => `<${t}>`).join(', ')})`}`,
      zh: ({ tag, attribute, kind, allowed }: RawHtmlParams) =>
        attribute
          ? `<${tag}> 不能带属性 ${attribute}：HTML 标签一律不带属性`
          : `${kind === 'bulletin' ? '简报里不能用 HTML 标签' : '答记者问里不能用 HTML 标签'} <${tag}>：请用 Markdown${kind === 'bulletin' ? '' : `（HTML 只能用 ${allowed.map((t) => `<${t}>`).join('、')}）`}`,
    },
    example: { tag: 'span', kind: 'bulletin', allowed: [] },
  },
  'link-address': {
    field: 'link',
    summary: 'links are http(s), mailto or site paths (`/…`)',
    summaryZh: '链接地址是 http(s)、mailto 或站内路径（`/…`）',
    message: {
      en: ({ url }: { url: string }) =>
        url
          ? `link address "${url}" is not allowed: use an http(s) or mailto address, or a site path /…`
          : 'link has no address: use an http(s) or mailto address, or a site path /…',
      zh: ({ url }: { url: string }) =>
        url
          ? `不能用链接地址“${url}”：请用 http(s) 或 mailto 地址，或站内路径 /…`
          : '链接没有地址：请用 http(s) 或 mailto 地址，或站内路径 /…',
    },
    example: { url: 'javascript:alert(1)' },
  },
  'link-target': {
    field: 'link',
    summary: 'site paths lead to a page the site publishes',
    summaryZh: '站内路径指向站点发布的页面',
    message: {
      en: ({ url }: { url: string }) => `internal link ${url} points nowhere`,
      zh: ({ url }: { url: string }) => `站内链接 ${url} 指向的页面不存在`,
    },
    example: { url: '/bulletins/2024-01/' },
  },
  'image-alt': {
    field: 'image.alt',
    summary: 'every image has alt text',
    summaryZh: '每张图片都有说明文字',
    message: {
      en: ({ url }: { url: string }) => `image ${url} has no alt text: write ![what the picture shows](${url})`,
      zh: ({ url }: { url: string }) => `图片 ${url} 没有说明文字：请写成 ![图片内容](${url})`,
    },
    example: { url: '/images/2024-02/fig1.jpg' },
  },
  'image-path': {
    field: 'image',
    summary: 'images are files under `public/`, addressed `/images/…`',
    summaryZh: '图片是 `public/` 下的文件，地址写作 `/images/…`',
    message: {
      en: ({ url, reason }: { url: string; reason: 'outside' | 'invalid' | 'dots' }) =>
        ({
          outside: `image ${url} must be a file under public/, for example /images/2024-02/fig1.jpg`,
          invalid: `image ${url} is not a valid address: write its path under public/, for example /images/2024-02/fig1.jpg`,
          dots: `image ${url} leaves public/: write its path under public/ without . or ..`,
        })[reason],
      zh: ({ url, reason }: { url: string; reason: 'outside' | 'invalid' | 'dots' }) =>
        ({
          outside: `图片 ${url} 应是 public/ 下的文件，例如 /images/2024-02/fig1.jpg`,
          invalid: `图片地址 ${url} 无效：请写它在 public/ 下的路径，例如 /images/2024-02/fig1.jpg`,
          dots: `图片 ${url} 指到了 public/ 之外：请写 public/ 下的路径，不用 . 或 ..`,
        })[reason],
    },
    example: { url: 'data:image/png;base64,iVBORw0KGgo=', reason: 'outside' },
  },
  'original-pdf': {
    field: 'pdf',
    summary: "the original PDF named in `pdf:` is this issue's, `/pdf/YYYY-NN.pdf`, exists under public/ and is at most 20 MB",
    summaryZh: '`pdf:` 写的是本期的原版 `/pdf/YYYY-NN.pdf`，文件在 public/ 下，且不超过 20 MB',
    message: {
      en: ({ problem, pdf, own, size, max }: OriginalPdfParams) =>
        problem === 'missing'
          ? `original PDF ${pdf} does not exist: add it as public${pdf}, or delete the pdf field`
          : problem === 'not-own'
            ? `pdf: ${pdf} is not this issue's original: write ${own}`
            : `original PDF ${pdf}: the PDF is ${size}: the site keeps an original of at most ${max}; export it again with compressed pictures (Word: 文件 → 另存为 → 压缩图片), or import without keeping it (--no-pdf)`,
      zh: ({ problem, pdf, own, size, max }: OriginalPdfParams) =>
        problem === 'missing'
          ? `原版 PDF ${pdf} 不存在：请放到 public${pdf}，或删除 pdf 字段`
          : problem === 'not-own'
            ? `pdf: ${pdf} 不是本期的原版：请写 ${own}`
            : `原版 PDF ${pdf} 为 ${size}，网站保存的原版最大 ${max}：请压缩图片后重新导出（Word：文件 → 另存为 → 压缩图片），或导入时不保存原版（--no-pdf）`,
    },
    example: { problem: 'missing', pdf: '/pdf/2024-02.pdf', own: '/pdf/2024-02.pdf', size: '', max: '20.0 MB' },
  },
  'image-exists': {
    field: 'image',
    summary: 'the image file exists',
    summaryZh: '图片文件存在',
    message: {
      en: ({ url }: { url: string }) => `image ${url} does not exist: add it to public${url}`,
      zh: ({ url }: { url: string }) => `图片 ${url} 不存在：请把它放到 public${url}`,
    },
    example: { url: '/images/2024-02/missing.jpg' },
  },
  'markdown-limits': {
    field: 'body',
    summary:
      'Markdown the parser reads in bounded time: quotes and lists at most 20 deep, at most 1,000 marks (* _ ~ [ ] ` <) in a paragraph',
    summaryZh: '解析器能在有限时间内读完的 Markdown：引用和列表最多嵌套 20 层，一个段落最多 1,000 个标记（* _ ~ [ ] ` <）',
    message: {
      en: (limit: MarkdownLimitParams) =>
        limit.kind === 'unreadable'
          ? `the Markdown cannot be read: ${limit.detail}`
          : limit.kind === 'nesting'
            ? `Markdown nested ${limit.count} levels deep: at most ${limit.max} levels of quotes and lists can be read`
            : `a paragraph with ${limit.count} Markdown marks (* _ ~ [ ] \` <): at most ${limit.max} can be read`,
      zh: (limit: MarkdownLimitParams) =>
        limit.kind === 'unreadable'
          ? `无法读取这段 Markdown：${limit.detail}`
          : limit.kind === 'nesting'
            ? `Markdown 嵌套了 ${limit.count} 层：引用和列表最多只能嵌套 ${limit.max} 层`
            : `一个段落里有 ${limit.count} 个 Markdown 标记（* _ ~ [ ] \` <）：最多只能有 ${limit.max} 个`,
    },
    example: { kind: 'nesting', count: 201, max: 20 },
  },
  todo: {
    field: 'TODO',
    summary: 'nothing unfinished',
    summaryZh: '没有未完成的内容',
    message: {
      en: () => 'unfinished: replace the TODO marker with the real text',
      zh: () => '尚未完成：请把 TODO 标记换成正式内容',
    },
    example: {},
  },
  // Across files
  'issue-once': {
    field: 'number',
    summary: 'one file per issue',
    summaryZh: '每期只有一个文件',
    message: {
      en: ({ label, file }: { label: string; file: string }) => `${label} is already in ${file}`,
      zh: ({ label, file }: { label: string; file: string }) => `${label}已经在 ${file} 中`,
    },
    example: { label: '2024年第2期', file: 'bulletins/2024-02.md' },
  },
  'article-once': {
    field: 'url',
    summary: 'one file per Q&A article',
    summaryZh: '每篇答记者问只有一个文件',
    message: {
      en: ({ url, file }: { url: string; file: string }) => `the same article (${url}) is already in ${file}`,
      zh: ({ url, file }: { url: string; file: string }) => `同一篇文章（${url}）已经在 ${file} 中`,
    },
    example: {
      url: 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202201262262879086',
      file: 'qa/action-plan-copy.md',
    },
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** What a report of the rule passes: its message's parameters, or the English text of a rule not yet in both languages. */
export type MessageParams<R extends RuleId> = (typeof RULES)[R] extends { message: Messages<infer P> } ? P : string;

/** A rule's message in one language. */
export function ruleMessage<R extends RuleId>(rule: R, params: MessageParams<R>, lang: Lang): string {
  const { message }: Rule = RULES[rule];
  if (!message) return String(params);
  return lang === 'en' ? message.en(params as never) : message.zh(params as never);
}

/** A rule's summary in one language (English where the Chinese is still missing). */
export function ruleSummary(rule: RuleId, lang: Lang): string {
  const { summary, summaryZh }: Rule = RULES[rule];
  return lang === 'en' ? summary : (summaryZh ?? summary);
}
