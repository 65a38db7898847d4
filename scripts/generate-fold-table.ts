/** `npm run fold-table`: writes lib/search/fold-table.generated.ts from OpenCC's data (lib/generators/fold-table.ts). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FOLD_TABLE_FILE, foldTableSource } from '../lib/generators/fold-table';

const source = foldTableSource();
writeFileSync(FOLD_TABLE_FILE, source);
console.log(`${path.relative(process.cwd(), FOLD_TABLE_FILE)}: ${Buffer.byteLength(source)} bytes`);
