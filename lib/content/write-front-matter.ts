/**
 * The one writer of content files' front matter, the reverse of lib/content/front-matter.ts:
 * the new issue's scaffold (npm run new-issue), both importers (PDF and Jekyll posts) and the
 * CMS write through it, so every file starts the same way.
 */
import { Document, isScalar, isSeq, Scalar } from 'yaml';
import { groupShape, type Shape, schemaField } from './schema-fields';
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
  const doc = new Document(inSchemaOrder(fields, FRONT_MATTER_SCHEMAS[kind].shape));
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

function inSchemaOrder(fields: Fields, shape: Shape): Fields {
  const keys = [...Object.keys(shape), ...Object.keys(fields).filter((key) => !(key in shape))];
  const written: Fields = {};
  for (const key of keys) {
    const value = fields[key];
    if (isEmpty(value)) continue;
    const group = groupShape(schemaField(shape, key)?.schema);
    written[key] = group && isRecord(value) ? inSchemaOrder(value, group) : value;
  }
  return written;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
