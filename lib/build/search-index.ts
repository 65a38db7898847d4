/**
 * Writes the search index of the build's content to `searchIndexDir` (public/search-index/),
 * which `next dev` serves and `next build` copies into the export. Generated, never committed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildIndex } from '../search/build';
import { searchDocuments } from '../site-search/documents';
import type { BuildStep } from './step';

export const searchIndexStep: BuildStep = {
  name: 'search-index',
  run({ content, searchIndexDir, logger }) {
    const docs = searchDocuments(content());
    const { manifest, files } = buildIndex(docs);
    // Start empty: shards of an earlier build (another shard count) must not linger.
    rmSync(searchIndexDir, { recursive: true, force: true });
    let bytes = 0;
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(searchIndexDir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      bytes += Buffer.byteLength(text);
    }
    logger.info(
      `✓ search index: ${docs.length} document(s), ${Object.keys(files).length} file(s), ${(bytes / 1024).toFixed(0)} KiB, ` +
        `${manifest.termShards} term shard(s), build ${manifest.buildId} → ${path.relative(process.cwd(), searchIndexDir)}/`,
    );
    return [];
  },
};
