/**
 * A fixture issue written as a word processor's document: flat ODF text (.fodt) that
 * LibreOffice Writer lays out and exports to PDF as the publisher's Word or WPS does. Writer
 * does the layout — line breaks, justification, page breaks, the 本期导读 page numbers (page
 * references to bookmarks on the headings), headers and footers with page fields — so the PDF
 * has what a real one has, not what a test's own layout code thought of.
 */
import { encode } from 'fast-png';
import type { FixtureBlock, FixtureIssue, FixtureItem } from '../pdf/fixture-issue';
import { makePicture } from '../pdf/layout';

export interface WordLayout {
  page: 'A4' | 'A5';
  font: 'Noto Serif CJK SC' | 'Noto Sans CJK SC';
  /** The running header: none, `CAICT 中国信通院`, or that with the issue on a second line. */
  header: 'none' | 'one line' | 'two lines';
  /** The page number in the footer: `- 3 -`, `第 3 页`, `3 / 8`, `3`. */
  footer: 'dashed' | 'chinese' | 'of total' | 'plain';
  /** A footer line above the page number: `中国信息通信研究院 版权所有`. */
  footerText?: boolean;
  /** 本期导读 numbered in Roman numerals (i, ii) before the body's 1. */
  romanFrontMatter?: boolean;
  /** First-line indent: a paragraph style's, or two U+3000 at the start of the text. */
  indent: 'style' | 'ideographic';
  /** A gap (points) below each paragraph; 0 is Word's Chinese default: the indent alone marks a paragraph. */
  paragraphGap: number;
  /** Character spacing (points) of every third paragraph: extraction then prints spaces between its characters. */
  spaced?: number;
  /** A date line and the CAICT logo text on the cover. */
  coverDate?: string;
  coverLogo?: boolean;
  /** Headings set bold (the font's bold face, or Writer's synthetic bold). */
  boldHeadings?: boolean;
}

const PAGES = { A4: { width: 21, height: 29.7, margin: 2.5 }, A5: { width: 14.8, height: 21, margin: 1.8 } } as const;

const xmlText = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** Two spaces in ODF are one space and a `text:s`: keep the text's spaces as printed. */
function span(text: string): string {
  return xmlText(text).replace(/ {2,}/gu, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`);
}

export function issueFodt(issue: FixtureIssue, layout: WordLayout): string {
  const body: string[] = [];
  const toc: string[] = [];
  let bookmark = 0;
  let figure = 0;

  const heading = (style: string, tocStyle: string, text: string, first: boolean) => {
    const name = `h${++bookmark}`;
    toc.push(
      `<text:p text:style-name="${tocStyle}">${span(text)}<text:tab/><text:bookmark-ref text:reference-format="page" text:ref-name="${name}">0</text:bookmark-ref></text:p>`,
    );
    body.push(
      `<text:p text:style-name="${first ? 'BodyStart' : style}"${first ? '' : ''}><text:bookmark text:name="${name}"/>${span(text)}</text:p>`,
    );
  };
  let paragraphs = 0;
  const block = (b: FixtureBlock) => {
    if (b.kind === 'paragraph') {
      paragraphs++;
      const style = layout.spaced && paragraphs % 3 === 0 ? 'Spaced' : 'Body';
      body.push(`<text:p text:style-name="${style}">${layout.indent === 'ideographic' ? '\u3000\u3000' : ''}${span(b.text)}</text:p>`);
    } else if (b.kind === 'caption') {
      figure++;
      if (b.picture) body.push(pictureParagraph(figure));
      body.push(`<text:p text:style-name="Caption">${span(b.text)}</text:p>`);
    } else body.push(`<text:p text:style-name="Source">${span(b.text)}</text:p>`);
  };
  const item = (it: FixtureItem) => {
    heading('Item', 'TocItem', `${it.number}. ${it.title}`, false);
    for (const b of it.blocks) block(b);
  };
  for (const [index, section] of issue.sections.entries()) {
    heading('Section', 'TocSection', `${section.numeral}、${section.title}`, index === 0);
    for (const it of section.items) item(it);
    for (const sub of section.subsections) {
      heading('Subsection', 'TocSubsection', `（${sub.numeral}）${sub.title}`, false);
      for (const it of sub.items) item(it);
    }
  }
  body.push('<text:p text:style-name="Body"/>');
  body.push(`<text:p text:style-name="Department">${span(issue.department)}</text:p>`);
  body.push(`<text:p text:style-name="Contact">联系电话：${span(issue.phones.join('/'))}</text:p>`);
  body.push(`<text:p text:style-name="Contact">电子邮箱：${span(issue.emails.join('/'))}</text:p>`);

  const cover = [
    ...(layout.coverLogo ? ['<text:p text:style-name="CoverLogo">CAICT 中国信通院</text:p>'] : []),
    `<text:p text:style-name="CoverTitle">${span(issue.series)}</text:p>`,
    `<text:p text:style-name="CoverIssue">（${issue.year}年第${issue.number}期）</text:p>`,
    `<text:p text:style-name="CoverPublisher">${span(issue.publisher)}</text:p>`,
    ...(layout.coverDate ? [`<text:p text:style-name="CoverDate">${span(layout.coverDate)}</text:p>`] : []),
  ];
  const contents = ['<text:p text:style-name="TocTitle">本期导读</text:p>', ...toc];
  return document(layout, [...cover, ...contents, ...body].join('\n'));
}

function pictureParagraph(figure: number): string {
  const picture = makePicture(figure);
  const png = encode({ width: picture.width, height: picture.height, data: picture.rgb, channels: 3, depth: 8 });
  const width = (picture.width / 32) * 1.2;
  return `<text:p text:style-name="Picture"><draw:frame draw:style-name="fr1" draw:name="图片${figure}" text:anchor-type="as-char" svg:width="${width.toFixed(2)}cm" svg:height="1.2cm" draw:z-index="0"><draw:image><office:binary-data>${Buffer.from(png).toString('base64')}</office:binary-data></draw:image></draw:frame></text:p>`;
}

function document(layout: WordLayout, text: string): string {
  const page = PAGES[layout.page];
  const size = layout.page === 'A4' ? 12 : 10.5;
  const font = `style:font-name="${layout.font}" style:font-name-asian="${layout.font}" fo:font-size="${size}pt" style:font-size-asian="${size}pt"`;
  const bold = layout.boldHeadings ? 'fo:font-weight="bold" style:font-weight-asian="bold"' : '';
  const measure = page.width - 2 * page.margin;
  const indent = layout.indent === 'style' ? `fo:text-indent="${(2 * size) / 28.35}cm"` : '';
  const gap = `fo:margin-top="0cm" fo:margin-bottom="${(layout.paragraphGap / 28.35).toFixed(3)}cm"`;
  const number = (format: string) => `<text:page-number style:num-format="${format}" text:select-page="current">1</text:page-number>`;
  const footerLine = (format: string) => {
    const n = number(format);
    const line =
      layout.footer === 'dashed'
        ? `- ${n} -`
        : layout.footer === 'chinese'
          ? `第 ${n} 页`
          : layout.footer === 'of total'
            ? `${n} / <text:page-count>1</text:page-count>`
            : n;
    return `${layout.footerText ? '<text:p text:style-name="Footer">中国信息通信研究院 版权所有</text:p>' : ''}<text:p text:style-name="Footer">${line}</text:p>`;
  };
  const header =
    layout.header === 'none'
      ? ''
      : `<style:header><text:p text:style-name="Header">CAICT 中国信通院</text:p>${layout.header === 'two lines' ? '<text:p text:style-name="Header">数字乡村发展动态</text:p>' : ''}</style:header>`;
  const pageLayout = (name: string, format: string) => `<style:page-layout style:name="${name}">
  <style:page-layout-properties fo:page-width="${page.width}cm" fo:page-height="${page.height}cm" style:num-format="${format}" style:print-orientation="portrait" fo:margin-top="${page.margin}cm" fo:margin-bottom="${page.margin}cm" fo:margin-left="${page.margin}cm" fo:margin-right="${page.margin}cm" style:writing-mode="lr-tb"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
</style:page-layout>`;
  const front = layout.romanFrontMatter ? 'i' : '1';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
  <style:font-face style:name="${layout.font}" svg:font-family="'${layout.font}'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties style:writing-mode="lr-tb" fo:hyphenation-ladder-count="no-limit"/>
    <style:text-properties ${font} fo:language="en" fo:country="US" style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <style:style style:name="Body" style:family="paragraph">
    <style:paragraph-properties fo:text-align="justify" ${indent} ${gap} fo:line-height="150%"/>
  </style:style>
  <style:style style:name="Spaced" style:family="paragraph" style:parent-style-name="Body">
    <style:text-properties fo:letter-spacing="${((layout.spaced ?? 0) / 28.35).toFixed(3)}cm"/>
  </style:style>
  <style:style style:name="Section" style:family="paragraph">
    <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
    <style:text-properties ${bold} fo:font-size="${size + 3}pt" style:font-size-asian="${size + 3}pt"/>
  </style:style>
  <style:style style:name="BodyStart" style:family="paragraph" style:parent-style-name="Section" style:master-page-name="Body">
    <style:paragraph-properties style:page-number="1"/>
  </style:style>
  <style:style style:name="Subsection" style:family="paragraph" style:parent-style-name="Section">
    <style:text-properties fo:font-size="${size + 1.5}pt" style:font-size-asian="${size + 1.5}pt"/>
  </style:style>
  <style:style style:name="Item" style:family="paragraph">
    <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always" fo:text-align="justify"/>
    <style:text-properties ${bold}/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/>
    <style:text-properties fo:font-size="${size - 1.5}pt" style:font-size-asian="${size - 1.5}pt"/>
  </style:style>
  <style:style style:name="Picture" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:keep-with-next="always"/>
  </style:style>
  <style:style style:name="Source" style:family="paragraph">
    <style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.2cm"/>
  </style:style>
  <style:style style:name="Department" style:family="paragraph">
    <style:paragraph-properties fo:text-align="end" fo:margin-top="0.5cm"/>
  </style:style>
  <style:style style:name="Contact" style:family="paragraph">
    <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph">
    <style:paragraph-properties fo:text-align="end"/>
    <style:text-properties fo:font-size="${size - 2}pt" style:font-size-asian="${size - 2}pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties fo:font-size="${size - 2}pt" style:font-size-asian="${size - 2}pt"/>
  </style:style>
  <style:style style:name="CoverLogo" style:family="paragraph">
    <style:paragraph-properties fo:text-align="start" fo:margin-bottom="3cm"/>
    <style:text-properties fo:font-size="${size + 4}pt" style:font-size-asian="${size + 4}pt"/>
  </style:style>
  <style:style style:name="CoverTitle" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center" fo:margin-top="2cm" fo:margin-bottom="0.6cm"/>
    <style:text-properties fo:font-size="${size + 14}pt" style:font-size-asian="${size + 14}pt" ${bold}/>
  </style:style>
  <style:style style:name="CoverIssue" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center" fo:margin-bottom="4cm"/>
    <style:text-properties fo:font-size="${size + 4}pt" style:font-size-asian="${size + 4}pt"/>
  </style:style>
  <style:style style:name="CoverPublisher" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
    <style:text-properties fo:font-size="${size + 3}pt" style:font-size-asian="${size + 3}pt"/>
  </style:style>
  <style:style style:name="CoverDate" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties fo:font-size="${size + 1}pt" style:font-size-asian="${size + 1}pt"/>
  </style:style>
  <style:style style:name="TocTitle" style:family="paragraph" style:master-page-name="Front">
    <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm" style:page-number="1"/>
    <style:text-properties fo:font-size="${size + 4}pt" style:font-size-asian="${size + 4}pt" ${bold}/>
  </style:style>
  <style:style style:name="TocEntry" style:family="paragraph">
    <style:paragraph-properties fo:margin-bottom="0.1cm">
      <style:tab-stops><style:tab-stop style:position="${measure.toFixed(2)}cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
    </style:paragraph-properties>
  </style:style>
  <style:style style:name="TocSection" style:family="paragraph" style:parent-style-name="TocEntry"/>
  <style:style style:name="TocSubsection" style:family="paragraph" style:parent-style-name="TocEntry">
    <style:paragraph-properties fo:margin-left="0.5cm"/>
  </style:style>
  <style:style style:name="TocItem" style:family="paragraph" style:parent-style-name="TocEntry">
    <style:paragraph-properties fo:margin-left="1cm"/>
  </style:style>
</office:styles>
<office:automatic-styles>
  ${pageLayout('CoverLayout', '1')}
  ${pageLayout('FrontLayout', front)}
  ${pageLayout('BodyLayout', '1')}
  <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="CoverLayout" style:next-style-name="Front"/>
  <style:master-page style:name="Front" style:page-layout-name="FrontLayout">${header}<style:footer>${footerLine(front)}</style:footer></style:master-page>
  <style:master-page style:name="Body" style:page-layout-name="BodyLayout">${header}<style:footer>${footerLine('1')}</style:footer></style:master-page>
</office:master-styles>
<office:body><office:text>
${text}
</office:text></office:body>
</office:document>
`;
}
