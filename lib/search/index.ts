/** Public API of the search library. */
export { type BuildOptions, type BuiltIndex, buildIndex } from './build';
export type { FacetCounts } from './compile';
export { DEFAULT_LIMIT, DEFAULT_MIN_HITS } from './engine';
export { MANIFEST_FILE, type SearchManifest } from './format';
export { highlight, makeSnippet, matchRanges, type SnippetOptions, toSegments } from './highlight';
export { normalize } from './normalize';
export {
  createMemorySearcher,
  createSearcher,
  loadFromFiles,
  type Searcher,
  type SearchOptions,
} from './searcher';
export type { IndexInfo, LoadFile } from './source';
export { documentTerms, type QueryTerms, queryTerms, type Token, tokenize } from './tokenize';
export type * from './types';
