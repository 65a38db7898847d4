/**
 * The site's searcher, with the engine's code loaded on first use: the header box and
 * the search page import this, not site-searcher.ts, so no page's first-load JavaScript
 * carries the engine (the search page's heading and box paint without waiting for it).
 */
import { fetchManifest } from '../search/fetch-loader';
import { searchIndexUrl } from './index-location';
import type { siteSearcher } from './site-searcher';

let loading: ReturnType<typeof load> | undefined;

function load() {
  // The manifest is asked for alongside the engine's code, not after it: one round trip less
  // before the first shards, which on a slow phone network is what the first results wait for.
  const manifestRequest = fetchManifest(searchIndexUrl());
  manifestRequest.catch(() => {}); // reported by the search that reads it
  return import('./site-searcher').then((module): ReturnType<typeof siteSearcher> => module.siteSearcher(manifestRequest));
}

/**
 * One searcher per page load, shared by the header box and the search page, so shards
 * fetched by one are never fetched again by the other.
 */
export function loadSiteSearcher() {
  if (!loading) {
    const pending = load();
    // Code that failed to load (a dropped connection) is asked for again by the next search.
    pending.catch(() => {
      if (loading === pending) loading = undefined;
    });
    loading = pending;
  }
  return loading;
}
