import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frontMatterJsonSchemas } from '@/lib/content/json-schemas';
import { formatProblem } from '@/lib/content/problems';
import { ruleTable, ruleTableLang } from '@/lib/content/rule-table';
import { LANGS, RULES } from '@/lib/content/rules';
import { scaffoldBulletin } from '@/lib/content/scaffold';
import { loadSiteContent } from '@/lib/site/load';
import { contentFolder } from './helpers';

describe('the JSON Schemas for editors', () => {
  it('are up to date with the zod schemas (run npm run schemas)', () => {
    for (const [name, schema] of Object.entries(frontMatterJsonSchemas())) {
      expect(JSON.parse(readFileSync(`public/schemas/${name}`, 'utf8'))).toEqual(schema);
    }
  });

  it('describe every field, so editors see a hint', () => {
    const bulletin = frontMatterJsonSchemas()['bulletin.schema.json'] as {
      properties: Record<string, { description?: string }>;
      required: string[];
    };
    for (const [field, spec] of Object.entries(bulletin.properties)) expect(spec.description, field).toBeTruthy();
    expect(bulletin.required).toEqual(['series', 'year', 'number', 'publisher', 'department', 'contacts']);
  });
});

describe("CONTRIBUTING's rule table", () => {
  it('is generated from lib/content/rules.ts and up to date (run npm run docs:rules)', () => {
    const guide = readFileSync('CONTRIBUTING.md', 'utf8');
    const lang = ruleTableLang(guide);
    expect(lang).toBeDefined();
    expect(guide).toContain(ruleTable(lang));
  });

  it('can be written in Chinese and in English, every rule in each', () => {
    for (const lang of LANGS) {
      const rows = ruleTable(lang)
        .split('\n')
        .filter((row) => row.startsWith('| `'));
      expect(rows).toHaveLength(Object.keys(RULES).length);
    }
    expect(ruleTable('zh-CN')).toContain('| `source-line` | 每条以一行信息来源结尾');
  });
});

describe('npm run new:issue', () => {
  const previous = { department: '产业与规划研究所', contacts: { phones: ['18536356372'], emails: ['a@caict.ac.cn'] } };
  const { fileName, text } = scaffoldBulletin({ year: 2024, number: 3, previous });

  it('writes every known section and subsection in order', () => {
    expect(fileName).toBe('2024-03.md');
    expect(text.split('\n').filter((line) => /^#{2,3} /.test(line))).toEqual([
      '## 一、中央精神',
      '## 二、工作动态',
      '### （一）部委动态',
      '### （二）地方动态',
      '## 三、发展实践',
      '### （一）地方实践',
      '### （二）企业实践',
    ]);
  });

  it('is rejected by validation until every TODO is filled in, and only for that', () => {
    const dir = contentFolder({ 'bulletins/2024-03.md': text });
    const problems = loadSiteContent(dir).problems.map((issue) => formatProblem(issue, 'en').replace(`${dir}/`, ''));
    expect(problems.length).toBe(15);
    expect(problems.every((line) => line.includes('  TODO  unfinished'))).toBe(true);
  });

  it('without a previous issue, leaves the contacts to fill in too', () => {
    const bare = scaffoldBulletin({ year: 2025, number: 1 }).text;
    const dir = contentFolder({ 'bulletins/2025-01.md': bare });
    const fields = new Set(loadSiteContent(dir).problems.map((issue) => issue.field));
    expect(fields).toEqual(new Set(['TODO', 'contacts.phones.0']));
  });
});
