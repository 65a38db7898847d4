/**
 * Every rule a content file must follow, each with a stable id. Every problem names the
 * rule it breaks; CONTRIBUTING's rule table is generated from this list (npm run docs),
 * and a test makes each rule print exactly its example, so the guide cannot drift.
 */
export interface Rule {
  /** What the reports list under `field` when the rule does not say more precisely. */
  field: string;
  /** What the rule asks of the editor, for the guide. */
  summary: string;
  /** A message it prints, word for word. */
  example: string;
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
  'look-alike-character': {
    field: 'text',
    summary: 'no radicals or compatibility ideographs that look like a character (⻅ for 见): write the character itself',
    example:
      'look-alike character ⻅ (U+2EC5, a radical or compatibility form): write 见 (U+89C1) instead, or search will not find the word',
  },
  'text-reaches-page': {
    field: 'text',
    summary: 'every character of the text reaches the page: nothing hidden by an unclosed `<!--` or by markup',
    example:
      'text from "山西省开展数字乡村试点" on does not reach the page (an unclosed <!-- comment, or markup that hides it): close the comment or remove the markup',
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
    example: '"山西省开展数字乡村试点" is not an item heading: write "#### 1. 标题"',
  },
  'item-place': {
    field: 'item',
    summary: 'after subsections, an item sits in one',
    example: 'item "1. 第七届中国农村电子商务大会在浙江丽水举办" follows the subsections of 工作动态 without a subsection of its own',
  },
  'item-number': {
    field: 'item.number',
    summary: 'items numbered 1, 2, 3 … within their section or subsection',
    example: 'item "山西省开展数字乡村试点" is numbered 3, expected 2',
  },
  'item-text': {
    field: 'item',
    summary: 'every item has text',
    example: 'item 2-2-2 "山西省开展数字乡村试点" has no text',
  },
  'text-in-item': {
    field: 'body',
    summary: 'text belongs to an item',
    example: 'text outside an item: put it under an item heading "#### 1. 标题"',
  },
  'source-line': {
    field: 'item.source',
    summary: 'each item ends with one source line `（信息来源：新华社）`',
    example: 'item 1-1 has no source line: add （信息来源：…） after its text',
  },
  'source-once': {
    field: 'item.source',
    summary: 'one source line per item',
    example: 'item 1-1 has two source lines: keep one （信息来源：…）',
  },
  'source-last': {
    field: 'item.source',
    summary: 'the source line comes last',
    example: 'text after the source line of item 1-1: the source line （信息来源：…） comes last',
  },
  'source-form': {
    field: 'item.source',
    summary: 'a source line reads `（信息来源：名称）` with a name',
    example: 'malformed source line "信息来源：新华社": write （信息来源：新华社）',
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
  'original-pdf': {
    field: 'pdf',
    summary: "the original PDF named in `pdf:` is this issue's, `/pdf/YYYY-NN.pdf`, exists under public/ and is at most 20 MB",
    example: 'original PDF /pdf/2024-02.pdf does not exist: add it as public/pdf/2024-02.pdf, or delete the pdf field',
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
    example: 'unfinished: replace the TODO marker with the real text',
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
