/** Index files over HTTP: under BASE_PATH, manifest revalidated, other files keyed by the build id. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/search/build';
import { type FetchLike, fetchLoader, fetchManifest } from '../../lib/search/fetch-loader';
import { createSearcher } from '../../lib/search/searcher';
import { searchIndexUrl } from '../../lib/site-search/index-location';
import { siteDocs } from './site-docs';

function fakeServer(files: Record<string, string>, prefix: string) {
  const requests: Array<{ url: string; cache?: RequestCache }> = [];
  let failNext = 0;
  const fetchImpl: FetchLike = async (url, init) => {
    requests.push({ url, cache: init?.cache });
    if (failNext > 0) {
      failNext--;
      return { ok: false, status: 503, text: async () => '' };
    }
    const name = url.startsWith(prefix) ? url.slice(prefix.length).replace(/\?.*$/, '') : '';
    const text = files[name];
    return text === undefined ? { ok: false, status: 404, text: async () => '' } : { ok: true, status: 200, text: async () => text };
  };
  return { fetchImpl, requests, failOnce: () => (failNext = 1) };
}

describe('fetch loader', () => {
  const built = buildIndex(siteDocs());

  it('puts the index under the base path', () => {
    expect(searchIndexUrl('')).toBe('/search-index/');
    expect(searchIndexUrl('/shuzi-xiangcun')).toBe('/shuzi-xiangcun/search-index/');
    expect(searchIndexUrl('/shuzi-xiangcun/')).toBe('/shuzi-xiangcun/search-index/');
  });

  it('revalidates the manifest and asks for every other file with ?v=<buildId>', async () => {
    const prefix = '/sub/search-index/';
    const server = fakeServer(built.files, prefix);
    const searcher = createSearcher(fetchLoader(prefix, server.fetchImpl));
    const response = await searcher.search('返贫', { section: 'central' });
    expect(response.results.map((r) => r.id)).toEqual(['b/2024-02/1-1']);
    const [first, ...rest] = server.requests;
    expect(first).toEqual({ url: `${prefix}manifest.json`, cache: 'no-cache' });
    expect(rest.length).toBeGreaterThan(2);
    for (const request of rest)
      expect(request.url).toMatch(new RegExp(`^${prefix}[a-z]+/?[0-9a-f]*\\.json\\?v=${built.manifest.buildId}$`));
    expect(server.requests.filter((r) => r.url.endsWith('manifest.json'))).toHaveLength(1);
  });

  it('reports an HTTP error and retries on the next search', async () => {
    const prefix = '/search-index/';
    const server = fakeServer(built.files, prefix);
    const searcher = createSearcher(fetchLoader(prefix, server.fetchImpl));
    server.failOnce();
    await expect(searcher.search('返贫')).rejects.toThrow(/HTTP 503/);
    expect((await searcher.search('返贫')).total).toBe(3);
  });

  it('takes over a manifest request already under way instead of asking again', async () => {
    const prefix = '/search-index/';
    const server = fakeServer(built.files, prefix);
    const manifestRequest = fetchManifest(prefix, server.fetchImpl);
    expect(server.requests).toEqual([{ url: `${prefix}manifest.json`, cache: 'no-cache' }]);
    const searcher = createSearcher(fetchLoader(prefix, server.fetchImpl, manifestRequest));
    expect((await searcher.search('返贫')).total).toBe(3);
    expect(server.requests.filter((r) => r.url.endsWith('manifest.json'))).toHaveLength(1);
  });

  it('asks for the manifest again when the request under way failed', async () => {
    const prefix = '/search-index/';
    const server = fakeServer(built.files, prefix);
    server.failOnce();
    const manifestRequest = fetchManifest(prefix, server.fetchImpl);
    const searcher = createSearcher(fetchLoader(prefix, server.fetchImpl, manifestRequest));
    await expect(searcher.search('返贫')).rejects.toThrow(/manifest\.json: HTTP 503/);
    expect((await searcher.search('返贫')).total).toBe(3);
    expect(server.requests.filter((r) => r.url.endsWith('manifest.json'))).toHaveLength(2);
  });
});
