/**
 * The one writer of content files' front matter, the reverse of lib/content/front-matter.ts:
 * the new issue's scaffold (npm run new-issue), both importers (PDF and Jekyll posts) and the
 * CMS write through it, so every file starts the same way.
 */
import { Document, isScalar, isSeq, Scalar } from 'yaml';
import { z } from 'zod';
import { FRONT_MATTER_SCHEMAS, type FrontMatterKind } from './schemas/front-matter';

type Fields = Record<string, unknown>;

/**
 * String lists written double-quoted whatever they hold: phone numbers, so `"18536356372"` and
 * `"010-62301618"` look alike and never turn into numbers.
 */
const QUOTED: Readonly<Record<FrontMatterKind, readonly (readonly string[])[]>> = {
  bulletin: [['contacts', 'phones']],
  qa: [],
};

/**
 * A content file's front matter block, from `---` to `---` and its newline. The fields come in
 * the schema's order (nested objects too) whatever order they are given in, so the caller
 * need not know it; fields the schema does not know follow at the end, so nothing in a file
 * is lost by editing it (validation names them). Empty values (undefined, null, '', []) are
 * left out: the CMS keeps a cleared form field as '' or [], an importer has no date to give.
 * The `yaml-language-server` line gives editors completion and checking against the published
 * JSON Schema (public/schemas/, relative to content/<kind>/). `note` is a comment written
 * after the fields: the scaffold's hint for a field to add.
 */
export function writeFrontMatter(kind: FrontMatterKind, fields: Fields, { note }: { note?: string } = {}): string {
  const doc = new Document(inSchemaOrder(fields, FRONT_MATTER_SCHEMAS[kind]));
  for (const path of QUOTED[kind]) {
    const list = doc.getIn(path, true);
    if (!isSeq(list)) continue;
    for (const item of list.items) if (isScalar(item)) item.type = Scalar.QUOTE_DOUBLE;
  }
  // lineWidth 0: never fold long Chinese titles over several lines.
  const yaml = doc.toString({ lineWidth: 0 });
  const comment = note === undefined ? '' : `# ${note}\n`;
  return `---\n# yaml-language-server: $schema=../../public/schemas/${kind}.schema.json\n${yaml}${comment}---\n`;
}

function inSchemaOrder(fields: Fields, schema: z.ZodObject): Fields {
  const shape = schema.shape as Record<string, z.ZodType>;
  const keys = [...Object.keys(shape), ...Object.keys(fields).filter((key) => !(key in shape))];
  const written: Fields = {};
  for (const key of keys) {
    const value = fields[key];
    if (isEmpty(value)) continue;
    const inner = objectSchema(shape[key]);
    written[key] = inner && isRecord(value) ? inSchemaOrder(value, inner) : value;
  }
  return written;
}

/** The object schema of a field, inside its optional or default wrapper; undefined for any other field. */
function objectSchema(schema: z.ZodType | undefined): z.ZodObject | undefined {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodObject ? inner : undefined;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
