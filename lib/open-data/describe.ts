/**
 * What the /data/ page says about a table: each field's name, kind and description,
 * read from its zod schema, and a short sample row.
 */
import { z } from 'zod';
import type { DataTable } from './files';

export interface FieldDescription {
  name: string;
  /** 文本, 整数, 列表, 日期, 网址, with 或 null when it may be missing. */
  kind: string;
  description: string;
}

interface JsonSchemaField {
  type?: string;
  format?: string;
  anyOf?: JsonSchemaField[];
  description?: string;
}

function kindOf(field: JsonSchemaField): string {
  if (field.anyOf) {
    const kinds = field.anyOf.filter((option) => option.type !== 'null').map(kindOf);
    return `${kinds.join('或')}或 null`;
  }
  if (field.type === 'integer') return '整数';
  if (field.type === 'array') return '列表';
  if (field.format === 'date') return '日期';
  if (field.format === 'uri') return '网址';
  return '文本';
}

export function describeFields(table: DataTable): FieldDescription[] {
  const schema = z.toJSONSchema(table.schema) as { properties: Record<string, JsonSchemaField> };
  return Object.entries(schema.properties).map(([name, field]) => ({
    name,
    kind: kindOf(field),
    description: field.description ?? field.anyOf?.find((option) => option.description)?.description ?? '',
  }));
}

/** The row with its body text cut to `length` characters: a sample shows the shape, not the article. */
export function shortenedSample(row: Record<string, unknown>, length = 40): Record<string, unknown> {
  const text = row.text;
  return typeof text === 'string' && text.length > length ? { ...row, text: `${text.slice(0, length)}…` } : row;
}

/** `12.3 KB`, `845 B`: sizes as a download list gives them (1 KB = 1,024 B). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
