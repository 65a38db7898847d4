/**
 * A content file and the CMS's entry for it, both ways: the file formats Decap reads and writes
 * through (registered as CMS_FORMATS). The front matter is written by lib/content/write-front-matter.ts,
 * as the scaffold and the importers write it: fields in the schema's order, empty form fields left
 * out, phone numbers quoted, with the `yaml-language-server` line; the body is kept byte for byte. A file whose front matter cannot be read opens with all of its text
 * in the body, so saving it loses nothing (validation then names what is wrong).
 */
import { parse } from 'yaml';
import { normalizeFileText, splitFrontMatter } from '../content/file-text';
import { bulletinFrontMatterSchema } from '../content/schemas/bulletin';
import { writeFrontMatter } from '../content/write-front-matter';
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
  const normalized = normalizeFileText(text);
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
  if (!file) return { [ISSUE_FIELD]: { body: normalizeFileText(text) } };
  const id = entryIssueId(file.fields);
  return { [ISSUE_FIELD]: { ...file.fields, body: file.body, ...(id ? { id } : {}) } };
}

export function bulletinFile(entry: BulletinEntry): string {
  const { body = '', id: _id, ...fields } = entry[ISSUE_FIELD] ?? {};
  return writeFrontMatter('bulletin', fields) + body;
}

export function qaEntry(text: string): QaEntry {
  const file = readFile(text);
  if (!file) return { body: normalizeFileText(text) };
  return { ...file.fields, body: file.body };
}

export function qaFile(entry: QaEntry): string {
  const { body = '', slug: _slug, ...fields } = entry;
  return writeFrontMatter('qa', fields) + body;
}
