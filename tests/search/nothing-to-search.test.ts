/** A query with text but nothing searchable in it answers "nothing to search", never "everything". */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/search/build';
import { createMemorySearcher, createSearcher, loadFromFiles } from '../../lib/search/searcher';
import { siteDocs } from './site-docs';

describe('a query of punctuation and symbols only', () => {
  const docs = siteDocs();
  const files = buildIndex(docs, { termShards: 4 }).files;

  it.each(['(*.+?[', '！？。，', '——', '…', '@#$%^&*', '《》“”'])('%s lists nothing, with or without filters', async (junk) => {
    const loaded: string[] = [];
    const sharded = createSearcher(async (file) => {
      loaded.push(file);
      return loadFromFiles(files)(file);
    });
    for (const searcher of [createMemorySearcher(docs), sharded]) {
      for (const filters of [{}, { section: 'work' }, { type: 'qa' as const }]) {
        const response = await searcher.search(junk, filters);
        expect(response.nothingToSearch).toBe(true);
        expect(response.total).toBe(0);
        expect(response.results).toEqual([]);
      }
    }
    expect(loaded).toEqual([]); // nothing to look up, so nothing is fetched
  });

  it('is not confused with a blank query, which lists by filters', async () => {
    const searcher = createMemorySearcher(docs);
    for (const blank of ['', '  ', '\u3000']) {
      const response = await searcher.search(blank, { section: 'work' });
      expect(response.nothingToSearch).toBe(false);
      expect(response.total).toBeGreaterThan(0);
    }
    const mixed = await searcher.search('(返贫)');
    expect(mixed.nothingToSearch).toBe(false);
    expect(mixed.total).toBeGreaterThan(0);
  });
});
