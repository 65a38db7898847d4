/** The searcher of a page: the site's published index, fetched over HTTP. */
import { fetchLoader } from '../search/fetch-loader';
import { createSearcher } from '../search/searcher';
import { searchIndexUrl } from './index-location';

type SiteSearcher = ReturnType<typeof createSearcher>;
let shared: SiteSearcher | undefined;

/**
 * One searcher per page load, shared by the header box and the search page, so
 * shards fetched by one are never fetched again by the other. Creating it loads
 * nothing but what `manifestRequest` (a fetchManifest under way) already asked for:
 * files are fetched by the first call that needs them.
 */
export function siteSearcher(manifestRequest?: Promise<string>): SiteSearcher {
  shared ??= createSearcher(fetchLoader(searchIndexUrl(), undefined, manifestRequest));
  return shared;
}
