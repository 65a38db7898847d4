/**
 * Every rule a content file must follow, each with a stable id, and the one catalogue of
 * their messages: each rule's message in Chinese (for editors, the default) and English (for
 * developers), made from the same typed parameters. Every problem names the rule it breaks;
 * CONTRIBUTING's rule table is generated from this list (npm run docs:rules), and a test makes
 * each rule print exactly its example in both languages, so the guide cannot drift.
 */

import type { ConfusableScript } from './homograph';

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

export const RULES = {
  // The file itself
  'file-place': {
    field: 'file name',
    summary: 'content files sit directly in `content/bulletins/` or `content/qa/`',
    example: 'not read: content files go in content/bulletins/ or content/qa/ (did you mean bulletins/?)',
  },
  'file-markdown': {
    field: 'file name',
    summary: 'only Markdown files',
    example: 'not a Markdown file: content files end in .md',
  },
  'file-readable': {
    field: 'file',
    summary: 'the file can be read (not a broken link, not a folder)',
    example: 'cannot read the file: it is a link to a file that does not exist',
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
    example: 'the file is 2.1 MB: a content file may be at most 2 MB',
  },
  'file-encoding': {
    field: 'file',
    summary: 'saved as UTF-8 (a BOM and CRLF line endings are fine)',
    example: 'not UTF-8: the file looks like GBK (GB 2312/GB 18030); save it as UTF-8',
  },
  'control-character': {
    field: 'text',
    summary: 'no control characters (NUL, escape codes …) anywhere',
    example: 'control character U+0000 (NUL): delete it',
  },
  'invisible-character': {
    field: 'title',
    summary: 'no zero-width or text-direction characters in titles and names',
    example: 'invisible character U+200B (zero-width space) after "2. 山西省": delete it',
  },
  'bidi-control': {
    field: 'text',
    summary: 'no text-direction controls (U+202A–202E, U+2066–2069) anywhere: they show text in another order than it is stored',
    summaryZh: '任何地方都不能有文字方向控制符（U+202A–202E、U+2066–2069）：它们让文字显示的顺序与实际不同',
    message: {
      en: ({ label, before }: { label: string; before: string }) =>
        `text-direction control ${label} ${before ? `after "${before}"` : 'at the start of the line'}: delete it`,
      zh: ({ label, before }: { label: string; before: string }) =>
        `${before ? `“${before}”之后` : '行首'}有文字方向控制符 ${label}：请删除`,
    },
    example: { label: 'U+202E (right-to-left override)', before: '2月3日，' },
  },
  mojibake: {
    field: 'text',
    summary: 'no mojibake: UTF-8 text read in another encoding (`â€œ`, `é”™è¯¯`)',
    summaryZh: '没有乱码：按其他编码读错的 UTF-8 文字（`â€œ`、`é”™è¯¯`）',
    message: {
      en: ({ text, meant }: { text: string; meant: string }) =>
        `garbled text "${text}" (UTF-8 read as Windows-1252): it should read "${meant}"; copy it again from the source`,
      zh: ({ text, meant }: { text: string; meant: string }) =>
        `乱码“${text}”（UTF-8 文字被当成 Windows-1252 读取）：原文应是“${meant}”，请从原文重新复制`,
    },
    example: { text: 'é”™è¯¯', meant: '错误' },
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
  'bulletin-file-name': {
    field: 'file name',
    summary: 'a bulletin is named `YYYY-NN.md` after its year and number',
    example: 'front matter says 2024年第2期: name the file 2024-02.md',
  },
  'qa-slug': {
    field: 'file name',
    summary: 'a Q&A is named with an ASCII slug',
    example: '"数字乡村答记者问" is not an ASCII slug: use lowercase letters, digits and dashes, for example digital-village-action-plan',
  },
  'qa-slug-reserved': {
    field: 'file name',
    summary: 'a Q&A slug is not the name of a site page',
    example: '"tags" is reserved for the /qa/tags/ page: choose another name',
  },
  'no-such-file': {
    field: 'file name',
    summary: 'a file named on the command line exists',
    example: 'no such file',
  },
  // Front matter
  'front-matter-present': {
    field: 'front matter',
    summary: 'the file starts with front matter',
    example: 'missing: the file must start with a `---` line, the YAML fields, and a closing `---` line',
  },
  'front-matter-closed': {
    field: 'front matter',
    summary: 'front matter ends with a `---` line',
    example: 'not closed: add a `---` line after the last field',
  },
  'yaml-syntax': {
    field: 'front matter',
    summary: 'the front matter is plain YAML (no alias tricks)',
    example: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
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
    example: 'required field is missing (expected text)',
  },
  'field-unknown': {
    field: 'the field',
    summary: 'no unknown fields',
    example: 'unknown field "numbr"',
  },
  'field-value': {
    field: 'the field',
    summary:
      'each field has a value of its kind: a whole number in range, a real date, text that is not blank, a quoted phone number, an e-mail address, an http(s) address',
    example: 'expected an issue number from 1 to 99',
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
    example: 'no sections: write the issue\'s sections, "## 一、中央精神" with its items, below the front matter',
  },
  'heading-level': {
    field: 'heading',
    summary: '`##` for sections, `###` for subsections, `####` for items',
    example: 'level-5 heading "国际动态": use ## for sections, ### for subsections, #### for items',
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
    example: '"中央精神" is not a section heading: write "## 一、中央精神"',
  },
  'section-known': {
    field: 'section',
    summary: 'known sections only (`lib/content/sections.ts`)',
    example: 'unknown section "中央文件": expected one of 中央精神、工作动态、发展实践',
  },
  'section-once': {
    field: 'section',
    summary: 'each section once',
    example: 'section "中央精神" appears twice',
  },
  'section-number': {
    field: 'section.number',
    summary: 'sections numbered 一、二、三 … in order',
    example: 'section "工作动态" is numbered 三, expected 二',
  },
  'section-items': {
    field: 'section',
    summary: 'a section or subsection has items',
    example: 'section "中央精神" has no items: add its items, or delete the heading',
  },
  'subsection-heading': {
    field: 'subsection',
    summary: 'a subsection heading reads `### （一）名称`, inside a section',
    example: '"部委动态" is not a subsection heading: write "### （一）部委动态"',
  },
  'subsection-known': {
    field: 'subsection',
    summary: 'known subsections of each section only',
    example: 'unknown subsection "国际动态" in 工作动态: expected one of 部委动态、地方动态',
  },
  'subsection-place': {
    field: 'subsection',
    summary: 'a section holds items or subsections, not both',
    example: 'subsection "部委动态" follows items placed directly under 工作动态',
  },
  'subsection-number': {
    field: 'subsection.number',
    summary: 'subsections numbered （一）（二） … in order',
    example: 'subsection "地方动态" is numbered （三）, expected （二）',
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
    example: 'item "1. 第七届中国农村电子商务大会在浙江丽水举办" follows the subsections of 工作动态 without a subsection of its own',
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
    example: 'text outside an item: put it under an item heading "#### 1. 标题"',
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
    example: 'no questions: write each question as a "## " heading',
  },
  'qa-title-heading': {
    field: 'heading',
    summary: 'no `#` heading: the title comes from front matter',
    example: 'the title comes from front matter: use ## for questions',
  },
  'qa-answer': {
    field: 'answer',
    summary: 'every question has an answer with text',
    example: 'question "一、请介绍一下出台《行动计划》的背景？" has no answer',
  },
  'qa-question-once': {
    field: 'question',
    summary: 'each question once',
    example: 'question "二、《行动计划》对“十四五”时期数字乡村发展提出了什么目标？" repeats question 1: delete one',
  },
  // Markdown in both kinds
  'raw-html': {
    field: 'html',
    summary: 'no raw HTML in bulletins; in Q&A only `<br>`, `<sup>`, `<sub>`, without attributes (HTML comments are fine)',
    example: 'raw HTML <span> is not allowed in a bulletin: write Markdown',
  },
  'link-address': {
    field: 'link',
    summary: 'links are http(s), mailto or site paths (`/…`)',
    example: 'link address "javascript:alert(1)" is not allowed: use an http(s) or mailto address, or a site path /…',
  },
  'link-target': {
    field: 'link',
    summary: 'site paths lead to a page the site publishes',
    example: 'internal link /bulletins/2024-01/ points nowhere',
  },
  'image-alt': {
    field: 'image.alt',
    summary: 'every image has alt text',
    example: 'image /images/2024-02/fig1.jpg has no alt text: write ![what the picture shows](/images/2024-02/fig1.jpg)',
  },
  'image-path': {
    field: 'image',
    summary: 'images are files under `public/`, addressed `/images/…`',
    example: 'image data:image/png;base64,iVBORw0KGgo= must be a file under public/, for example /images/2024-02/fig1.jpg',
  },
  'image-exists': {
    field: 'image',
    summary: 'the image file exists',
    example: 'image /images/2024-02/missing.jpg does not exist: add it to public/images/2024-02/missing.jpg',
  },
  'markdown-limits': {
    field: 'body',
    summary:
      'Markdown the parser reads in bounded time: quotes and lists at most 20 deep, at most 1,000 marks (* _ ~ [ ] ` <) in a paragraph',
    example: 'Markdown nested 201 levels deep: at most 20 levels of quotes and lists can be read',
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
    example: '2024年第2期 is already in bulletins/2024-02.md',
  },
  'article-once': {
    field: 'url',
    summary: 'one file per Q&A article',
    example:
      'the same article (http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202201262262879086) is already in qa/action-plan-copy.md',
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
