/**
 * The open data files under /data/: JSON with its JSON Schema (written by zod from the
 * row schemas) and CSV for spreadsheets. Written by the build's last step, described by
 * the /data/ page; both call this, so the sizes the page gives are the files' own.
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { routes } from '../routes';
import { issueRecords, itemRecords, type OpenDataInput, qaRecords } from './records';
import { dataDocumentSchema, issueRecordSchema, itemRecordSchema, qaRecordSchema } from './schemas';

/** The licence line every file and the /data/ page carry. */
export const DATA_LICENCE =
  '原文版权归原作者和发布单位所有（《数字乡村发展动态》由中国信息通信研究院编制）。本站整理的数据可自由下载，用于研究、教学和引用时请注明出处与原文地址。';

/** Joins a list (regions, policies, tags) in one CSV cell: no region or title holds it. */
export const CSV_LIST_SEPARATOR = '|';

export interface DataFile {
  /** File name under /data/: items.csv. */
  name: string;
  mediaType: string;
  /** The bytes as written: a CSV starts with a UTF-8 byte order mark. */
  body: Buffer;
}

/** One table the data offers: its schema, the files it is written to, and its rows. */
export interface DataTable {
  /** Base name: items, qa, issues. */
  name: 'items' | 'qa' | 'issues';
  title: string;
  /** What one row is: 条, 问, 期. */
  rowUnit: string;
  schema: z.ZodObject;
  /** Also written as CSV. */
  csv: boolean;
  rows: (input: OpenDataInput) => Record<string, unknown>[];
}

export const DATA_TABLES: readonly DataTable[] = [
  { name: 'items', title: '条目', rowUnit: '条', schema: itemRecordSchema, csv: true, rows: itemRecords },
  { name: 'qa', title: '答记者问', rowUnit: '问', schema: qaRecordSchema, csv: true, rows: qaRecords },
  { name: 'issues', title: '各期', rowUnit: '期', schema: issueRecordSchema, csv: false, rows: issueRecords },
];

/** The files of a table: JSON, CSV when it has one, and the JSON's schema. */
export function tableFileNames(table: DataTable): { json: string; csv?: string; schema: string } {
  return { json: `${table.name}.json`, ...(table.csv ? { csv: `${table.name}.csv` } : {}), schema: `${table.name}.schema.json` };
}

/** Every file name under /data/. */
export const DATA_FILE_NAMES: readonly string[] = DATA_TABLES.flatMap((table) => Object.values(tableFileNames(table)));

/** Site path of a data file. */
export const dataFilePath = (name: string) => `${routes.data()}${name}`;

const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

/**
 * RFC 4180 CSV (CRLF, quotes doubled, fields with a comma, quote or line break quoted) with
 * a byte order mark: Excel and WPS on Chinese Windows read UTF-8 without one as GBK.
 */
export function toCsv(schema: z.ZodObject, rows: readonly Record<string, unknown>[]): Buffer {
  const columns = Object.keys(schema.shape);
  const cell = (value: unknown) => (Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : (value ?? ''));
  const records = rows.map((row) => columns.map((column) => cell(row[column])));
  return Buffer.from(stringify(records, { bom: true, header: true, columns, record_delimiter: 'windows' }), 'utf8');
}

/** JSON Schema of a table's JSON file. */
export function dataJsonSchema(table: DataTable): unknown {
  return z.toJSONSchema(dataDocumentSchema(table.schema, `${table.title}（${table.name}.json）`));
}

/** Every file under /data/, in a stable order. */
export function openDataFiles(input: OpenDataInput): DataFile[] {
  return DATA_TABLES.flatMap((table): DataFile[] => {
    const names = tableFileNames(table);
    const rows = table.rows(input);
    const document = {
      $schema: input.absoluteUrl(dataFilePath(names.schema)),
      description: `《数字乡村发展动态》网站开放数据：${table.title}，每行一${table.rowUnit}。`,
      licence: DATA_LICENCE,
      records: rows,
    };
    return [
      { name: names.json, mediaType: 'application/json', body: json(document) },
      ...(names.csv ? [{ name: names.csv, mediaType: 'text/csv', body: toCsv(table.schema, rows) }] : []),
      { name: names.schema, mediaType: 'application/schema+json', body: json(dataJsonSchema(table)) },
    ];
  });
}
