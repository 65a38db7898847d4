/** The searcher of a page: the site's published index, fetched over HTTP. */
import { fetchLoader } from '../search/fetch-loader';
import { createSearcher } from '../search/searcher';
import { searchIndexUrl } from './index-location';

/**
 * A searcher over the site's index. Creating it loads nothing but what `manifestRequest`
 * (a fetchManifest under way) already asked for: files are fetched by the first call that
 * needs them. load-searcher.ts makes the one a page shares.
 */
export function siteSearcher(manifestRequest?: Promise<string>) {
  return createSearcher(fetchLoader(searchIndexUrl(), undefined, manifestRequest));
}
