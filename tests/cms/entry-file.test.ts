import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bulletinEntry, bulletinFile, qaEntry, qaFile } from '@/lib/cms/entry-file';

const read = (file: string) => readFileSync(file, 'utf8');
const BULLETINS = [
  'tests/fixtures/content/bulletins/2024-02.md',
  'tests/fixtures/import/expected/bulletins/2024-05.md',
  'tests/fixtures/import/pdf/2024-04.md',
];
const QA = 'tests/fixtures/content/qa/digital-village-action-plan-2022-2025.md';

describe('bulletin files', () => {
  it.each(BULLETINS)('%s comes back byte for byte', (file) => {
    expect(bulletinFile(bulletinEntry(read(file)))).toBe(read(file));
  });

  it('the entry holds the front matter, the body as written and the issue id', () => {
    const { issue } = bulletinEntry(read(BULLETINS[1] as string));
    expect(issue).toMatchObject({
      year: 2024,
      number: 5,
      id: '2024-05',
      date: '2024-05-20',
      contacts: { phones: ['010-62301618', '18536356372'] },
    });
    expect(issue.body?.startsWith('\n## 一、中央精神\n')).toBe(true);
  });

  it('writes fields in the schema order, phones quoted, cleared fields left out, unknown fields kept', () => {
    const file = bulletinFile({
      issue: {
        body: '\n正文\n',
        id: '2024-07',
        summary: '',
        tag: 'kept',
        contacts: { emails: ['a@b.cn'], phones: ['18536356372'] },
        number: 7,
        year: 2024,
        series: '数字乡村发展动态',
        date: null,
      },
    });
    expect(file).toBe(
      [
        '---',
        '# yaml-language-server: $schema=../../public/schemas/bulletin.schema.json',
        'series: 数字乡村发展动态',
        'year: 2024',
        'number: 7',
        'contacts:',
        '  phones:',
        '    - "18536356372"',
        '  emails:',
        '    - a@b.cn',
        'tag: kept',
        '---',
        '',
        '正文',
        '',
      ].join('\n'),
    );
  });

  it('CRLF and a BOM are read; the file is written back with LF', () => {
    const text = read(BULLETINS[0] as string);
    expect(bulletinFile(bulletinEntry(`\uFEFF${text.replaceAll('\n', '\r\n')}`))).toBe(text);
  });

  it.each([
    ['no front matter', '## 一、中央精神\n'],
    ['an unclosed front matter', '---\nyear: 2024\n\n## 一、中央精神\n'],
    ['broken YAML', '---\nyear: [2024\n---\n\n## 一、中央精神\n'],
  ])('a file with %s opens with all its text in the body', (_, text) => {
    expect(bulletinEntry(text)).toEqual({ issue: { body: text } });
  });
});

describe('Q&A files', () => {
  it('the seed article comes back byte for byte', () => {
    expect(qaFile(qaEntry(read(QA)))).toBe(read(QA));
  });

  it('the slug names the file, it is not written into it', () => {
    expect(qaFile({ ...qaEntry(read(QA)), slug: 'new-article' })).toBe(read(QA));
  });
});
