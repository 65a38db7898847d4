import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldTable, withFieldTables } from '@/lib/content/field-table';

describe("CONTRIBUTING's field tables", () => {
  it('are generated from the schemas and up to date (run npm run docs:fields)', () => {
    const guide = readFileSync('CONTRIBUTING.md', 'utf8');
    expect(withFieldTables(guide)).toBe(guide);
  });

  it("give each field its Chinese name, whether it is required and the form's hint; a group's fields one by one", () => {
    const rows = fieldTable('bulletin').split('\n');
    expect(rows.filter((row) => row.startsWith('| `')).map((row) => row.split(' ')[1])).toEqual([
      '`series`',
      '`year`',
      '`number`',
      '`publisher`',
      '`department`',
      '`contacts.phones`',
      '`contacts.emails`',
      '`date`',
      '`pdf`',
      '`summary`',
    ]);
    expect(rows).toContain('| `contacts.phones` 联系电话 | 是 | 刊末印的联系电话，每个号码一项，只含数字和连字符，例如 010-62301618。 |');
    expect(fieldTable('qa')).toContain('| `tags` 标签 | 否 | 标签，中英文均可，每个标签一项。 |');
  });
});
