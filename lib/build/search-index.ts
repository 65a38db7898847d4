/**
 * Writes the search index of the build's content to `searchIndexDir` (public/search-index/),
 * which `next dev` serves and `next build` copies into the export. Generated, never committed.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildIndex } from '../search/build';
import { searchDocuments } from '../site-search/documents';
import type { BuildStep } from './step';
import { writeFilesUnder } from './write-files';

export const searchIndexStep: BuildStep = {
  name: 'search-index',
  run({ content, searchIndexDir, logger }) {
    const docs = searchDocuments(content());
    const { manifest, files } = buildIndex(docs);
    // Start empty: shards of an earlier build (another shard count) must not linger.
    rmSync(searchIndexDir, { recursive: true, force: true });
    const bytes = writeFilesUnder(
      searchIndexDir,
      Object.entries(files).map(([name, body]) => ({ path: name, body })),
    );
    logger.info(
      `✓ search index: ${docs.length} document(s), ${Object.keys(files).length} file(s), ${(bytes / 1024).toFixed(0)} KiB, ` +
        `${manifest.termShards} term shard(s), build ${manifest.buildId} → ${path.relative(process.cwd(), searchIndexDir)}/`,
    );
    return [];
  },
};
