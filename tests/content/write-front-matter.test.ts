import { describe, expect, it } from 'vitest';
import { scaffoldBulletin } from '@/lib/content/scaffold';
import { writeFrontMatter } from '@/lib/content/write-front-matter';

describe('the one front matter writer', () => {
  it("writes the fields in the schema's order, nested ones too, whatever order they come in", () => {
    const text = writeFrontMatter('bulletin', {
      date: '2024-05-20',
      contacts: { emails: ['a@b.cn'], phones: ['010-62301618'] },
      department: '部门',
      publisher: '中国信息通信研究院',
      number: 5,
      year: 2024,
      series: '数字乡村发展动态',
    });
    expect(text).toBe(
      [
        '---',
        '# yaml-language-server: $schema=../../public/schemas/bulletin.schema.json',
        'series: 数字乡村发展动态',
        'year: 2024',
        'number: 5',
        'publisher: 中国信息通信研究院',
        'department: 部门',
        'contacts:',
        '  phones:',
        '    - "010-62301618"',
        '  emails:',
        '    - a@b.cn',
        'date: 2024-05-20',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('leaves out empty values and keeps fields the schema does not know at the end, for validation to name', () => {
    const text = writeFrontMatter('qa', { extra: 1, tags: [], categories: undefined, summary: '', url: null, title: '标题' });
    expect(text).toBe('---\n# yaml-language-server: $schema=../../public/schemas/qa.schema.json\ntitle: 标题\nextra: 1\n---\n');
  });

  it('ends with a note when given one: the scaffold names the date it leaves out', () => {
    const { text } = scaffoldBulletin({ year: 2025, number: 1 });
    expect(text.slice(0, text.indexOf('\n## '))).toBe(
      [
        '---',
        '# yaml-language-server: $schema=../../public/schemas/bulletin.schema.json',
        'series: 数字乡村发展动态',
        'year: 2025',
        'number: 1',
        'publisher: 中国信息通信研究院',
        'department: TODO 部门名称',
        'contacts:',
        '  phones:',
        '    - "TODO"',
        '  emails:',
        '    - TODO@example.com',
        '# date: YYYY-MM-DD   (only if the PDF gives one)',
        '---',
        '',
      ].join('\n'),
    );
  });
});
