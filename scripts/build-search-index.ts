/**
 * Writes the search index for the content in CONTENT_DIR to public/search-index/,
 * which `next dev` serves and `next build` copies into the export. Generated,
 * never committed: `npm run build` and `npm run dev` run this first, so it is also
 * the build's content check: with any problem it prints validate's full list and
 * stops before Next compiles anything. `--out <dir>` writes elsewhere (tests).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content/content-dir';
import { problemReport } from '../lib/content/problems';
import { buildIndex } from '../lib/search/build';
import { loadSiteContent } from '../lib/site/load';
import { searchDocuments } from '../lib/site-search/documents';
import { SEARCH_INDEX_FOLDER } from '../lib/site-search/index-location';

const started = performance.now();
const content = loadSiteContent(contentDir());
if (content.problems.length > 0) {
  console.error(`${problemReport(content.problems)}\n没有构建：请改正以上问题后再构建（npm run validate 只检查、不构建）。`);
  process.exit(1);
}

const docs = searchDocuments(content);
const { manifest, files } = buildIndex(docs);
const outFlag = process.argv.indexOf('--out');
const outDir = path.resolve(outFlag >= 0 ? (process.argv[outFlag + 1] ?? '') : path.join('public', SEARCH_INDEX_FOLDER));
// Start empty: shards of an earlier build (another shard count) must not linger.
rmSync(outDir, { recursive: true, force: true });
let bytes = 0;
for (const [name, text] of Object.entries(files)) {
  const file = path.join(outDir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  bytes += Buffer.byteLength(text);
}
const ms = Math.round(performance.now() - started);
console.log(
  `✓ search index: ${docs.length} document(s), ${Object.keys(files).length} file(s), ${(bytes / 1024).toFixed(0)} KiB, ` +
    `${manifest.termShards} term shard(s), build ${manifest.buildId}, ${ms} ms → ${path.relative(process.cwd(), outDir)}/`,
);
