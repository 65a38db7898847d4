/**
 * Where the site publishes its search index, shared by the build script that
 * writes it and the browser code that fetches it.
 */
import { site } from '../settings';

/** Folder under public/ (and so under the exported site's root). */
export const SEARCH_INDEX_FOLDER = 'search-index';

/** URL prefix of the index files, honouring BASE_PATH: '/search-index/' or '/sub/search-index/'. */
export function searchIndexUrl(basePath: string = site.basePath): string {
  return `${basePath.replace(/\/$/, '')}/${SEARCH_INDEX_FOLDER}/`;
}
