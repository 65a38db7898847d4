/** 信息来源 is indexed as its own field, ranked below title and body. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/search/build';
import { createMemorySearcher, createSearcher, loadFromFiles } from '../../lib/search/searcher';
import type { SearchDocument, SearchResponse } from '../../lib/search/types';
import { siteDocs } from './site-docs';

const ids = (r: SearchResponse): string[] => r.results.map((x) => x.id);

function doc(id: string, title: string, body: string, source?: string): SearchDocument {
  return { id, type: 'bulletin', title, body, url: `/x/${id}/`, year: 2024, order: 20240200, ...(source ? { source } : {}) };
}

function searchers(docs: SearchDocument[]) {
  return [createMemorySearcher(docs), createSearcher(loadFromFiles(buildIndex(docs, { termShards: 4 }).files))];
}

describe('source field', () => {
  it('央广网 finds the 丽水 e-commerce item it is the source of, first', async () => {
    for (const s of searchers(siteDocs())) {
      const response = await s.search('央广网');
      expect(ids(response)[0]).toBe('b/2024-02/2-2-1');
      expect(response.results[0]?.tier).toBe(1);
      expect(response.results.filter((r) => r.tier === 1).map((r) => r.id)).toEqual(['b/2024-02/2-2-1']);
    }
  });

  it('marks the matched source name in the result', async () => {
    const [first] = (await createMemorySearcher(siteDocs()).search('央广网')).results;
    expect(first?.sourceHighlight?.segments).toEqual([{ text: '央广网', match: true }]);
    expect(first?.titleHighlight.segments.some((s) => s.match)).toBe(false);
  });

  it('ranks a match in the title or body above a match in the source only', async () => {
    const docs = [
      doc('source-only', '其他新闻', '今天的消息。', '新华社'),
      doc('body', '农业新闻', '据新华社报道，今天的消息。', '农业农村部'),
      doc('title', '新华社评论', '今天的消息。'),
      doc('unrelated', '其他', '无关内容。', '网信中国'),
    ];
    for (const s of searchers(docs)) expect(ids(await s.search('新华社'))).toEqual(['title', 'body', 'source-only']);
  });

  it('a source that is not a word of any text is still found by its name', async () => {
    for (const [query, id] of [
      ['陕西网', 'b/2024-02/3-1-2'],
      ['新华网', 'b/2024-02/3-2-1'],
      ['宜春市共青团', 'b/2024-02/3-1-1'],
    ] as const) {
      expect(ids(await createMemorySearcher(siteDocs()).search(query))[0], query).toBe(id);
    }
  });
});
