/**
 * Our engine for the bench page, bundled by harness.ts: the same createSearcher
 * and fetch loader the site uses, with nothing else around them.
 */
import { fetchLoader } from '../lib/search/fetch-loader';
import { createSearcher } from '../lib/search/searcher';

(globalThis as { benchSearcher?: unknown }).benchSearcher = (baseUrl: string) => createSearcher(fetchLoader(baseUrl));
