import path from 'node:path';

/**
 * The folder the whole build reads (validation, pages, search index).
 * CONTENT_DIR points it elsewhere: fixtures in tests, synthetic corpora in benchmarks.
 */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}
