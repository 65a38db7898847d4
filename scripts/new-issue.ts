/**
 * `npm run new:issue -- --year 2024 --number 3`: write content/bulletins/2024-03.md with
 * every section and TODO markers to fill in. Never overwrites an existing file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content/content-dir';
import { scaffoldBulletin } from '../lib/content/scaffold';
import { loadSiteContent } from '../lib/site/load';

const { values } = parseArgs({ options: { year: { type: 'string' }, number: { type: 'string' } } });
const year = Number(values.year);
const number = Number(values.number);
if (!Number.isInteger(year) || year < 2000 || !Number.isInteger(number) || number < 1 || number > 99) {
  console.error('usage: npm run new:issue -- --year 2024 --number 3');
  process.exit(2);
}

const dir = contentDir();
const latest = loadSiteContent(dir).bulletins.sort((a, b) => b.year - a.year || b.number - a.number)[0];
const { fileName, text } = scaffoldBulletin({ year, number, previous: latest });
const target = path.join(dir, 'bulletins', fileName);
if (existsSync(target)) {
  console.error(`${path.relative(process.cwd(), target)} already exists: not overwriting it.`);
  process.exit(1);
}
writeFileSync(target, text);
console.log(`wrote ${path.relative(process.cwd(), target)}: fill in every TODO, then run npm run validate.`);
