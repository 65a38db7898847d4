import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { bulletinItems } from '@/lib/content/items';
import type { Bulletin } from '@/lib/content/types';
import { describeFields, formatBytes, shortenedSample } from '@/lib/open-data/describe';
import { CSV_LIST_SEPARATOR, DATA_FILE_NAMES, DATA_TABLES, type DataFile, dataJsonSchema, openDataFiles } from '@/lib/open-data/files';
import { dataDocumentSchema, issueRecordSchema, itemRecordSchema, qaRecordSchema } from '@/lib/open-data/schemas';
import { absoluteUrl } from '@/lib/settings';
import { loadSiteContent } from '@/lib/site/load';
import { sitePagePaths } from '@/lib/site/pages';
import { buildTaxonomies } from '@/lib/taxonomy/build';
import { writeOpenDataFiles } from '../../lib/build/open-data';
import { SEED_CONTENT_DIR } from '../content/helpers';
import { SEED_ITEM_TITLES } from '../seed-issue';

const seed = loadSiteContent(SEED_CONTENT_DIR);
const filesOf = (bulletins: readonly Bulletin[]) =>
  openDataFiles({ bulletins, qas: seed.qas, taxonomies: buildTaxonomies(bulletins, seed.qas), absoluteUrl });
const byName = (files: readonly DataFile[], name: string) => {
  const file = files.find((f) => f.name === name);
  if (!file) throw new Error(`no ${name}`);
  return file.body;
};
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** A CSV back as objects, by header, the BOM taken off as a spreadsheet would. */
const parseCsv = (body: Buffer) => parse(body, { bom: true, columns: true }) as Record<string, string>[];
const parseJson = (body: Buffer) => JSON.parse(body.toString('utf8'));

const files = filesOf(seed.bulletins);
const itemCount = seed.bulletins.flatMap((b) => bulletinItems(b)).length;
const questionCount = seed.qas.flatMap((qa) => qa.questions).length;

describe('open data files', () => {
  it('writes every listed file under data/, JSON Schema included', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'open-data-'));
    writeOpenDataFiles(out, seed);
    expect(readdirSync(path.join(out, 'data')).sort()).toEqual([...DATA_FILE_NAMES].sort());
    expect(readFileSync(path.join(out, 'data', 'items.csv'))).toEqual(byName(files, 'items.csv'));
  });

  it('has one JSON row per item, question and issue, each valid against its zod schema', () => {
    const items = dataDocumentSchema(itemRecordSchema, '').parse(parseJson(byName(files, 'items.json')));
    const qa = dataDocumentSchema(qaRecordSchema, '').parse(parseJson(byName(files, 'qa.json')));
    const issues = dataDocumentSchema(issueRecordSchema, '').parse(parseJson(byName(files, 'issues.json')));
    expect(items.records).toHaveLength(itemCount);
    expect(items.records.map((r) => r.title)).toEqual(SEED_ITEM_TITLES);
    expect(qa.records).toHaveLength(questionCount);
    expect(issues.records.map((r) => [r.issue_id, r.item_count])).toEqual([['2024-02', itemCount]]);
    expect(items.$schema).toBe(absoluteUrl('/data/items.schema.json'));
  });

  it('carries the terms each item names, as the term pages list them', () => {
    const items = parseJson(byName(files, 'items.json')).records;
    const lishui = items.find((r: { title: string }) => r.title.includes('浙江丽水'));
    expect(lishui.regions).toContain('浙江省');
    expect(items[0].policies.length).toBeGreaterThan(0);
  });

  it('writes CSV as UTF-8 with a BOM and CRLF rows, with as many rows as the JSON and the same cells', () => {
    for (const name of ['items', 'qa'] as const) {
      const csv = byName(files, `${name}.csv`);
      expect(csv.subarray(0, 3)).toEqual(BOM);
      expect(csv.toString('utf8').split('\r\n')[0]).toBe(
        `\uFEFF${Object.keys(DATA_TABLES.find((t) => t.name === name)?.schema.shape ?? {}).join(',')}`,
      );
      const rows = parseCsv(csv);
      const records = parseJson(byName(files, `${name}.json`)).records as Record<string, unknown>[];
      expect(rows).toHaveLength(records.length);
      rows.forEach((row, index) => {
        const record = records[index] ?? {};
        for (const [key, value] of Object.entries(record)) {
          const cell = Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : value === null ? '' : String(value);
          expect(row[key], `${name}.csv row ${index} ${key}`).toBe(cell);
        }
      });
    }
    expect(parseCsv(byName(files, 'items.csv'))).toHaveLength(itemCount);
    expect(parseCsv(byName(files, 'qa.csv'))).toHaveLength(questionCount);
  });

  it('round-trips a title with a comma, a quote and a line break through CSV and JSON', () => {
    const title = '标题，含逗号, "引号" 与\n换行';
    const [first, ...rest] = seed.bulletins;
    if (!first) throw new Error('no seed issue');
    const section = first.sections[0];
    const item = section?.items[0];
    if (!section || !item) throw new Error('no first item');
    const edited: Bulletin = {
      ...first,
      sections: [{ ...section, items: [{ ...item, title }, ...section.items.slice(1)] }, ...first.sections.slice(1)],
    };
    const tricky = filesOf([edited, ...rest]);
    expect(parseCsv(byName(tricky, 'items.csv'))[0]?.title).toBe(title);
    expect(parseJson(byName(tricky, 'items.json')).records[0].title).toBe(title);
    expect(byName(tricky, 'items.csv').toString('utf8')).toContain('"标题，含逗号, ""引号"" 与\n换行"');
  });

  it('publishes the JSON Schema that zod writes from the row schemas', () => {
    for (const table of DATA_TABLES) {
      const schema = parseJson(byName(files, `${table.name}.schema.json`));
      expect(schema).toEqual(dataJsonSchema(table));
      expect(Object.keys(schema.properties.records.items.properties)).toEqual(Object.keys(table.schema.shape));
    }
  });

  it('comes out byte-identical from the same content', () => {
    expect(filesOf(seed.bulletins)).toEqual(files);
  });

  it('lists the /data/ page in the sitemap but none of its files', () => {
    const pages = sitePagePaths({ bulletins: seed.bulletins, qas: seed.qas, taxonomies: buildTaxonomies(seed.bulletins, seed.qas) });
    expect(pages).toContain('/data/');
    expect(pages.filter((page) => page.startsWith('/data/') && page !== '/data/')).toEqual([]);
  });
});

describe('the /data/ page', () => {
  it('lists every field of a table with its kind and description, from the schema', () => {
    const items = DATA_TABLES.find((table) => table.name === 'items');
    if (!items) throw new Error('no items table');
    const fields = describeFields(items);
    expect(fields.map((f) => f.name)).toEqual(Object.keys(itemRecordSchema.shape));
    expect(fields.find((f) => f.name === 'date')).toMatchObject({ kind: '日期或 null', description: expect.stringContaining('出版日期') });
    expect(fields.find((f) => f.name === 'regions')?.kind).toBe('列表');
    expect(fields.every((f) => f.description.length > 0)).toBe(true);
  });

  it('shows a sample row whole but for its body text', () => {
    const row = { title: '标'.repeat(70), text: '字'.repeat(100) };
    expect(shortenedSample(row)).toEqual({ title: row.title, text: `${'字'.repeat(40)}…` });
    expect(formatBytes(845)).toBe('845 B');
    expect(formatBytes(11684)).toBe('11.4 KB');
  });
});
