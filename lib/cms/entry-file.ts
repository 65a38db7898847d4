/**
 * A content file and the CMS's entry for it, both ways: the file formats Decap reads and writes
 * through (registered as CMS_FORMATS). The front matter is written by the importer's own writer,
 * fields in the schema's order, phone numbers quoted, with the `yaml-language-server` line; the
 * body is kept byte for byte. A file whose front matter cannot be read opens with all of its text
 * in the body, so saving it loses nothing (validation then names what is wrong).
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { bulletinFrontMatterSchema } from '../content/schemas/bulletin';
import { qaFrontMatterSchema } from '../content/schemas/qa';
import { normalizeSourceText, splitFrontMatter } from '../content/source-text';
import { renderFrontMatter } from '../import/front-matter';
import { issueId } from '../routes';
import { ISSUE_FIELD } from './names';

type Fields = Record<string, unknown>;

/** A bulletin entry: the front matter fields, the body and the issue id (for the file name), inside ISSUE_FIELD. */
export interface BulletinEntry {
  [ISSUE_FIELD]: Fields & { body?: string; id?: string };
}

/** A Q&A entry: the front matter fields, the body, and for a new article the slug its file is named by. */
export type QaEntry = Fields & { body?: string; slug?: string };

/** Front matter as data and the body after the closing `---` line, or undefined when there is no readable front matter. */
function readFile(text: string): { fields: Fields; body: string } | undefined {
  const normalized = normalizeSourceText(text);
  const split = splitFrontMatter(normalized);
  if (split.yaml === null || split.unclosed) return undefined;
  let fields: unknown;
  try {
    fields = parse(split.yaml);
  } catch {
    return undefined;
  }
  if (fields !== null && (typeof fields !== 'object' || Array.isArray(fields))) return undefined;
  // splitFrontMatter pads the body with one line per front matter line; the body as written starts after them.
  const frontLines = normalized.split('\n').findIndex((line, i) => i > 0 && line.trimEnd() === '---') + 1;
  return { fields: (fields ?? {}) as Fields, body: split.body.slice(frontLines) };
}

/** `2024-05` when year and number are valid, for the file name and the pictures' folder. */
export function entryIssueId(fields: Fields): string | undefined {
  const year = bulletinFrontMatterSchema.shape.year.safeParse(fields.year);
  const number = bulletinFrontMatterSchema.shape.number.safeParse(fields.number);
  return year.success && number.success ? issueId(year.data, number.data) : undefined;
}

export function bulletinEntry(text: string): BulletinEntry {
  const file = readFile(text);
  if (!file) return { [ISSUE_FIELD]: { body: normalizeSourceText(text) } };
  const id = entryIssueId(file.fields);
  return { [ISSUE_FIELD]: { ...file.fields, body: file.body, ...(id ? { id } : {}) } };
}

export function bulletinFile(entry: BulletinEntry): string {
  const { body = '', id: _id, ...fields } = entry[ISSUE_FIELD] ?? {};
  return renderFrontMatter('bulletin', frontMatter(fields, bulletinFrontMatterSchema), [['contacts', 'phones']]) + body;
}

export function qaEntry(text: string): QaEntry {
  const file = readFile(text);
  if (!file) return { body: normalizeSourceText(text) };
  return { ...file.fields, body: file.body };
}

export function qaFile(entry: QaEntry): string {
  const { body = '', slug: _slug, ...fields } = entry;
  return renderFrontMatter('qa', frontMatter(fields, qaFrontMatterSchema)) + body;
}

/**
 * The fields to write: in the schema's order (nested objects too), empty form fields left out
 * (Decap keeps a cleared field as '' or []), and fields the schema does not know kept at the
 * end, so nothing in a file is lost by editing it: validation names them.
 */
function frontMatter(fields: Fields, schema: z.ZodObject): Fields {
  const shape = schema.shape as Record<string, z.ZodType>;
  const keys = [...Object.keys(shape), ...Object.keys(fields).filter((key) => !(key in shape))];
  const written: Fields = {};
  for (const key of keys) {
    const value = fields[key];
    if (isEmpty(value)) continue;
    const inner = shape[key];
    written[key] = inner instanceof z.ZodObject && isRecord(value) ? frontMatter(value, inner) : value;
  }
  return written;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
