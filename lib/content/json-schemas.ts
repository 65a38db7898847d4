import { z } from 'zod';
import { FRONT_MATTER_SCHEMAS } from './schemas/front-matter';

/** JSON Schemas of the front matter, by file name under public/schemas/ (`bulletin.schema.json`, the name files point at). zod 4 writes them. */
export function frontMatterJsonSchemas(): Record<string, unknown> {
  // io: 'input' describes what an editor writes (fields with defaults are optional).
  return Object.fromEntries(
    Object.entries(FRONT_MATTER_SCHEMAS).map(([kind, schema]) => [`${kind}.schema.json`, z.toJSONSchema(schema, { io: 'input' })]),
  );
}
