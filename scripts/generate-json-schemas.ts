/**
 * `npm run schemas`: write JSON Schemas for the front matter from the zod schemas, so
 * editors' tools can complete and flag fields. A unit test fails when they are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { frontMatterJsonSchemas } from '../lib/content/json-schemas';

const dir = path.resolve('public', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(frontMatterJsonSchemas())) {
  writeFileSync(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote public/schemas/${name}`);
}
