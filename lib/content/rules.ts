/**
 * Every rule a content file must follow, each with a stable id, and the one catalogue of
 * their messages: each rule's message in Chinese (for editors, the default) and English (for
 * developers), made from the same typed parameters. Every problem names the rule it breaks;
 * CONTRIBUTING's rule table is generated from this list (npm run docs:rules), and a test makes
 * each rule print exactly its example in both languages, so the guide cannot drift.
 */

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
