import { z } from 'zod';
import { bulletinFrontMatterSchema } from './schemas/bulletin';
import { qaFrontMatterSchema } from './schemas/qa';

/** JSON Schemas of the front matter, by file name under public/schemas/. zod 4 writes them. */
export function frontMatterJsonSchemas(): Record<string, unknown> {
  // io: 'input' describes what an editor writes (fields with defaults are optional).
  return {
    'bulletin.schema.json': z.toJSONSchema(bulletinFrontMatterSchema, { io: 'input' }),
    'qa.schema.json': z.toJSONSchema(qaFrontMatterSchema, { io: 'input' }),
  };
}
