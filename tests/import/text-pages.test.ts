import { describe, expect, it } from 'vitest';
import { toLineStream } from '../../lib/import/printed-lines';
import { readTextPages } from '../../lib/import/text-pages';

/** The line stream as text: what the structure parser will read. */
const stream = (raw: string) =>
  toLineStream(readTextPages(raw))
    .map((line) => line.text)
    .join('\n');

const PARAGRAPH = [
  '这一段文字的第一行写满了整整一行的宽度还要更多一些',
  '第二行也写满了整整一行的宽度而且还要再多一些字',
  '最后一行很短。',
];

describe('text pages: page furniture by its band', () => {
  it('drops the header and the page number that every page repeats, and the blank lines around them', () => {
    const raw = ['CAICT 中国信通院', '', '第一页的正文', '', '- 1 -', '\fCAICT 中国信通院', '', '第二页的正文', '', '- 2 -', '\f'].join(
      '\n',
    );
    expect(stream(raw)).toBe('第一页的正文\n第二页的正文');
  });

  it('drops a bare page number at the end of the cover and of the last page, where the importer used to stop', () => {
    const raw = ['数字乡村发展动态', '（2024年第4期）', '1', '\f联系电话：18536356372', '5', '\f'].join('\n');
    expect(stream(raw)).toBe('数字乡村发展动态\n（2024年第4期）\n联系电话：18536356372');
  });

  it('keeps a line at the top of one page only, and leaves text without form feeds to the parser as it is', () => {
    const raw = ['页眉', '正文一', '\f页眉', '正文二', '\f另一行', '正文三'].join('\n');
    expect(stream(raw)).toBe('正文一\n正文二\n另一行\n正文三');
    expect(stream('CAICT 中国信通院\n\n正文\n\n- 1 -')).toBe('CAICT 中国信通院\n\n正文\n\n- 1 -');
  });
});

describe('text pages: where paragraphs start', () => {
  it('-layout: a small indent starts a paragraph, a deep one sets a line apart', () => {
    const raw = [
      `   ${PARAGRAPH[0]}`,
      PARAGRAPH[1],
      PARAGRAPH[2],
      `   ${PARAGRAPH[0]}`,
      PARAGRAPH[2],
      '              图1 示意图',
      '继续上一段。',
      '                          （信息来源：新华社）',
    ].join('\n');
    expect(stream(raw)).toBe(
      [PARAGRAPH.join('\n'), `${PARAGRAPH[0]}\n${PARAGRAPH[2]}`, '图1 示意图', '继续上一段。', '（信息来源：新华社）'].join('\n\n'),
    );
  });

  it('default mode: a line that ends a sentence well short of the measure ends its paragraph; one that does not, or is nearly full, does not', () => {
    const full = PARAGRAPH[1] as string;
    const raw = [full, full, full, '很短的一行。', full, full, '很短但没有句号', full, `${full.slice(0, -1)}。`, full, full].join('\n');
    expect(stream(raw)).toBe(
      [
        `${full}\n${full}\n${full}\n很短的一行。`,
        `${full}\n${full}\n很短但没有句号\n${full}\n${full.slice(0, -1)}。\n${full}\n${full}`,
      ].join('\n\n'),
    );
  });
});
