import { describe, expect, it } from 'vitest';
import { parseBulletinFile } from '@/lib/content/bulletin-file';
import { bulletinItems } from '@/lib/content/items';
import type { Bulletin } from '@/lib/content/types';
import { SEED_ITEM_SOURCES, SEED_ITEM_TITLES } from '../seed-issue';
import { SEED_BULLETIN } from './helpers';

const FILE = 'content/bulletins/2024-02.md';

describe('the seed issue 2024年第2期', () => {
  const { bulletin, problems } = parseBulletinFile(SEED_BULLETIN, FILE);

  it('parses without problems', () => {
    expect(problems).toEqual([]);
    expect(bulletin).toBeDefined();
  });

  it('has the front matter the cover gives, and no invented date', () => {
    expect(bulletin).toMatchObject({
      id: '2024-02',
      label: '2024年第2期',
      series: '数字乡村发展动态',
      year: 2024,
      number: 2,
      publisher: '中国信息通信研究院',
      contacts: { phones: ['18536356372', '15810512984'], emails: ['liuchenxil@caict.ac.cn', 'zhangjing3@caict.ac.cn'] },
    });
    expect(bulletin?.date).toBeUndefined();
  });

  it('has sections → subsections → items in order with ASCII ids', () => {
    const shape = bulletin?.sections.map((s) => [
      s.id,
      s.name,
      s.items.map((i) => i.id),
      s.subsections.map((ss) => [ss.id, ss.name, ss.items.map((i) => i.id)]),
    ]);
    expect(shape).toEqual([
      ['1', '中央精神', ['1-1'], []],
      [
        '2',
        '工作动态',
        [],
        [
          ['2-1', '部委动态', ['2-1-1', '2-1-2', '2-1-3']],
          ['2-2', '地方动态', ['2-2-1', '2-2-2', '2-2-3']],
        ],
      ],
      [
        '3',
        '发展实践',
        [],
        [
          ['3-1', '地方实践', ['3-1-1', '3-1-2']],
          ['3-2', '企业实践', ['3-2-1', '3-2-2', '3-2-3']],
        ],
      ],
    ]);
  });

  it('gives every one of the 12 items its title and exactly one source', () => {
    const items = bulletinItems(bulletin as Bulletin);
    expect(items).toHaveLength(12);
    expect(items.map((i) => i.source)).toEqual(SEED_ITEM_SOURCES);
    expect(items.map((i) => i.title)).toEqual(SEED_ITEM_TITLES);
  });

  it('keeps the figure captions as caption-only figures inside their items', () => {
    const figures = bulletinItems(bulletin as Bulletin).flatMap((i) => i.blocks.filter((b) => b.kind === 'figure').map((b) => [i.id, b]));
    expect(figures).toEqual([
      ['2-2-1', { kind: 'figure', label: '图1', caption: '第七届中国农村电子商务大会现场' }],
      ['3-1-1', { kind: 'figure', label: '图2', caption: '直播现场' }],
      ['3-2-1', { kind: 'figure', label: '图3', caption: '“数字赋能乡村振兴伙伴计划”启动仪式现场' }],
    ]);
  });

  it('holds paragraphs split by page breaks as one paragraph', () => {
    const text = bulletinItems(bulletin as Bulletin).flatMap((i) => i.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])));
    expect(text.some((t) => t.includes('文化和旅游部、中国人民银行'))).toBe(true);
    expect(text.some((t) => t.includes('基金目前已救助1690户'))).toBe(true);
  });
});

describe('input encodings', () => {
  it('reads CRLF line endings and a UTF-8 BOM exactly like LF', () => {
    const plain = parseBulletinFile(SEED_BULLETIN, FILE);
    const windows = parseBulletinFile(`\uFEFF${SEED_BULLETIN.replace(/\n/g, '\r\n')}`, FILE);
    expect(windows.problems).toEqual([]);
    expect(windows.bulletin).toEqual(plain.bulletin);
  });
});
