/**
 * Where the site publishes its search index, shared by the build script that
 * writes it and the browser code that fetches it.
 */
import { site } from '../site';
import { fetchLoader } from './fetch-loader';
import { createSearcher } from './searcher';

/** Folder under public/ (and so under the exported site's root). */
export const SEARCH_INDEX_FOLDER = 'search-index';

/** URL prefix of the index files, honouring BASE_PATH: '/search-index/' or '/sub/search-index/'. */
export function searchIndexUrl(basePath: string = site.basePath): string {
  return `${basePath.replace(/\/$/, '')}/${SEARCH_INDEX_FOLDER}/`;
}

type SiteSearcher = ReturnType<typeof createSearcher>;
let shared: SiteSearcher | undefined;

/**
 * One searcher per page load, shared by the header box and the search page, so
 * shards fetched by one are never fetched again by the other. Creating it loads
 * nothing: files are fetched by the first call that needs them.
 */
export function siteSearcher(): SiteSearcher {
  shared ??= createSearcher(fetchLoader(searchIndexUrl()));
  return shared;
}
