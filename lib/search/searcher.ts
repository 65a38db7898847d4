/** Entry points: a searcher over the shipped shards, or over documents in memory. */

import { type IndexBackend, type IndexInfo, type LoadFile, memoryBackend, shardedBackend } from './backend';
import { compileIndex } from './compile';
import { type EngineOptions, runSearch } from './engine';
import type { SearchManifest } from './index-files';
import type { SearchDocument, SearchFilters, SearchResponse } from './types';

export type SearchOptions = EngineOptions;

export interface Searcher {
  /**
   * `query` may be empty: then the filters alone select documents, newest
   * first (no filters = all documents). `limit` defaults to 10.
   */
  search(query: string, filters?: SearchFilters, limit?: number, offset?: number): Promise<SearchResponse>;
  /** Document count and facet counts (e.g. to label filter options). */
  info(): Promise<IndexInfo>;
}

function searcherFromBackend(source: IndexBackend, options: SearchOptions = {}): Searcher {
  return {
    search: (query, filters = {}, limit, offset) => runSearch(source, query, filters, limit, offset, options),
    info: () => source.info(),
  };
}

/**
 * Searcher over the files written by buildIndex. `load('manifest.json')`,
 * `load('terms/07.json')`, … must resolve to the file's text: fetchLoader over
 * HTTP, loadFromFiles over buildIndex's result. Only the manifest and the
 * shards a query needs are loaded; every file is cached.
 */
export function createSearcher(
  load: LoadFile,
  options: SearchOptions = {},
): Searcher & {
  manifest(): Promise<SearchManifest>;
} {
  const source = shardedBackend(load);
  return { ...searcherFromBackend(source, options), manifest: source.manifest };
}

/** Searcher over one in-memory index (tests, build-time checks, Node scripts). */
export function createMemorySearcher(docs: readonly SearchDocument[], options: SearchOptions = {}): Searcher {
  return searcherFromBackend(memoryBackend(compileIndex(docs)), options);
}

/** Convenience loader over the `files` record returned by buildIndex. */
export function loadFromFiles(files: Readonly<Record<string, string>>): LoadFile {
  return async (file) => {
    const text = files[file];
    if (text === undefined) throw new Error(`search: no file ${file}`);
    return text;
  };
}
