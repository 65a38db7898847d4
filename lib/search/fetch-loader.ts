/**
 * Loads index files over HTTP for createSearcher. The manifest is revalidated
 * on every page load (it is tiny and names the current build); every other
 * file is requested as `file?v=<buildId>`, so a long-lived HTTP cache can keep
 * shards forever and a new deploy still never mixes old shards with a new manifest.
 */
import { MANIFEST_FILE, type SearchManifest } from './format';
import type { LoadFile } from './source';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

export function fetchLoader(baseUrl: string, fetchImpl: FetchLike = (url, init) => fetch(url, init)): LoadFile {
  let manifest: Promise<string> | undefined;

  const get = async (url: string, init?: RequestInit): Promise<string> => {
    const response = await fetchImpl(url, init);
    if (!response.ok) throw new Error(`search: ${url}: HTTP ${response.status}`);
    return response.text();
  };
  const loadManifest = (): Promise<string> => {
    if (!manifest) {
      const pending = get(`${baseUrl}${MANIFEST_FILE}`, { cache: 'no-cache' });
      // A failed request is forgotten so that the next search retries it.
      pending.catch(() => {
        if (manifest === pending) manifest = undefined;
      });
      manifest = pending;
    }
    return manifest;
  };

  return async (file) => {
    if (file === MANIFEST_FILE) return loadManifest();
    const { buildId } = JSON.parse(await loadManifest()) as Pick<SearchManifest, 'buildId'>;
    return get(`${baseUrl}${file}?v=${encodeURIComponent(buildId)}`);
  };
}
