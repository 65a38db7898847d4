import { z } from 'zod';

export type Shape = Record<string, z.ZodType>;

/** What a schema says of one of its fields. */
export interface SchemaField {
  /** The field's schema inside its optional and default wrappers: a ZodObject for a group of fields. */
  schema: z.ZodType;
  /** Its Chinese name (`.meta({ title })`): the CMS's label, the field table's and the problems' name for it. */
  title: string | undefined;
  /** Its Chinese explanation (`.describe()`): the CMS's hint, the JSON Schema's and the field table's. */
  description: string | undefined;
  /** Whether a file may leave it out (optional, or with a default). */
  optional: boolean;
}

/** The field under `key`, its title and description read on the field or inside its wrappers; undefined when the shape has no such key. */
export function schemaField(shape: Shape | undefined, key: string): SchemaField | undefined {
  let schema = shape?.[key];
  if (!schema) return undefined;
  const optional = schema instanceof z.ZodOptional || schema instanceof z.ZodDefault;
  let { title, description } = z.globalRegistry.get(schema) ?? {};
  while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    schema = schema.unwrap() as z.ZodType;
    const meta = z.globalRegistry.get(schema);
    title ??= meta?.title;
    description ??= meta?.description;
  }
  return { schema, title, description, optional };
}

/** The fields of a group (a ZodObject), or undefined for any other schema. */
export function groupShape(schema: z.ZodType | undefined): Shape | undefined {
  return schema instanceof z.ZodObject ? (schema.shape as Shape) : undefined;
}
