/**
 * Loads index files over HTTP for createSearcher. The manifest is revalidated
 * on every page load (it is tiny and names the current build); every other
 * file is requested as `file?v=<buildId>`, so a long-lived HTTP cache can keep
 * shards forever and a new deploy still never mixes old shards with a new manifest.
 */

import type { LoadFile } from './backend';
import { MANIFEST_FILE, type SearchManifest } from './index-files';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

const defaultFetch: FetchLike = (url, init) => fetch(url, init);

async function get(fetchImpl: FetchLike, url: string, init?: RequestInit): Promise<string> {
  const response = await fetchImpl(url, init);
  if (!response.ok) throw new Error(`search: ${url}: HTTP ${response.status}`);
  return response.text();
}

/** The manifest's text, revalidated with the server: the request fetchLoader makes first. */
export function fetchManifest(baseUrl: string, fetchImpl: FetchLike = defaultFetch): Promise<string> {
  return get(fetchImpl, `${baseUrl}${MANIFEST_FILE}`, { cache: 'no-cache' });
}

/**
 * `manifestRequest` is a fetchManifest already under way, so that a page can ask for the
 * manifest while the engine's code is still loading; it is used once, like any first request.
 */
export function fetchLoader(baseUrl: string, fetchImpl: FetchLike = defaultFetch, manifestRequest?: Promise<string>): LoadFile {
  let manifest: Promise<string> | undefined;
  const keep = (pending: Promise<string>): Promise<string> => {
    // A failed request is forgotten so that the next search retries it.
    pending.catch(() => {
      if (manifest === pending) manifest = undefined;
    });
    manifest = pending;
    return pending;
  };
  if (manifestRequest) keep(manifestRequest);
  const loadManifest = (): Promise<string> => manifest ?? keep(fetchManifest(baseUrl, fetchImpl));

  return async (file) => {
    if (file === MANIFEST_FILE) return loadManifest();
    const { buildId } = JSON.parse(await loadManifest()) as Pick<SearchManifest, 'buildId'>;
    return get(fetchImpl, `${baseUrl}${file}?v=${encodeURIComponent(buildId)}`);
  };
}
