/**
 * `npm run docs:fields`: write CONTRIBUTING's tables of the front matter fields from the
 * schemas (lib/content/field-table.ts), between their markers. A unit test fails when one is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldTables } from '../lib/content/field-table';

const file = 'CONTRIBUTING.md';
writeFileSync(file, withFieldTables(readFileSync(file, 'utf8')));
console.log(`wrote the field tables of ${file}`);
