/** Search documents come from the real parser: one per item and per question, each with its permalink and facets. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulletinItems } from '@/lib/content/items';
import { createMemorySearcher } from '../../lib/search/searcher';
import { loadSiteContent } from '../../lib/site/load';
import { recencyOrder, searchDocuments } from '../../lib/site-search/documents';
import { contentFolder, edit, SEED_BULLETIN, SEED_CONTENT_DIR, SEED_QA } from '../content/helpers';
import { siteDocs } from './site-docs';

const QA = 'digital-village-action-plan-2022-2025';
const byId = (id: string) => {
  const doc = siteDocs().find((d) => d.id === id);
  if (!doc) throw new Error(`no document ${id}`);
  return doc;
};

describe('search documents from the seed content', () => {
  it('has one document per bulletin item and one per Q&A question', () => {
    const content = loadSiteContent(SEED_CONTENT_DIR);
    const items = content.bulletins.flatMap(bulletinItems);
    const questions = content.qas.flatMap((q) => q.questions);
    const docs = siteDocs();
    expect(docs.filter((d) => d.type === 'bulletin')).toHaveLength(items.length);
    expect(docs.filter((d) => d.type === 'qa')).toHaveLength(questions.length);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect(items.length).toBeGreaterThan(5);
  });

  it('gives an item its permalink, issue, section, subsection and source', () => {
    expect(byId('b/2024-02/2-1-1')).toMatchObject({
      type: 'bulletin',
      title: '中央网信办等11部门联合印发《关于开展第二批国家数字乡村试点工作的通知》',
      url: '/bulletins/2024-02/2-1-1/',
      section: 'work',
      subsection: 'ministries',
      year: 2024,
      issue: '2024-02',
      parentLabel: '2024年第2期',
      source: '网信中国',
    });
    const central = byId('b/2024-02/1-1');
    expect(central.section).toBe('central');
    expect(central.subsection).toBeUndefined();
    expect(central.date).toBeUndefined(); // the seed issue gives no date, and none is invented
  });

  it('keeps item text and figure captions in the body, but not the source line', () => {
    const item = byId('b/2024-02/2-2-1');
    expect(item.body).toContain('第七届中国农村电子商务大会暨2023农村直播电商案例成果发布会');
    expect(item.body).toContain('图1 第七届中国农村电子商务大会现场');
    expect(item.body).not.toContain('信息来源');
  });

  it('points a question at its anchor and drops the printed 答： and 文章来源 frame', () => {
    const q1 = byId(`q/${QA}/q1`);
    expect(q1).toMatchObject({ type: 'qa', url: `/qa/${QA}/#q1`, year: 2022, date: '2022-01-26', source: '网信中国' });
    expect(q1.title).toBe('一、请介绍一下出台《行动计划》的背景？');
    expect(q1.body.startsWith('2020年脱贫攻坚战')).toBe(true);
    expect(q1.section).toBeUndefined();
    const last = byId(`q/${QA}/q6`);
    expect(last.body).not.toContain('文章来源');
    expect(last.body.endsWith('浓厚氛围。')).toBe(true);
  });

  it('orders by time: year first, then date or issue number', () => {
    expect(recencyOrder(2024, undefined, 3)).toBeGreaterThan(recencyOrder(2024, undefined, 2));
    expect(recencyOrder(2024, undefined, 1)).toBeGreaterThan(recencyOrder(2023, '2023-12-31'));
    expect(recencyOrder(2022, '2022-01-26T18:56:08+08:00')).toBe(20220126);
    expect(byId('b/2024-02/1-1').order).toBeGreaterThan(byId(`q/${QA}/q1`).order);
  });

  it('ranks the newer issue first when two issues match equally', async () => {
    const dir = contentFolder({
      'bulletins/2024-02.md': SEED_BULLETIN,
      'bulletins/2024-03.md': edit(SEED_BULLETIN, 'number: 2', 'number: 3'),
      'qa/x.md': SEED_QA,
    });
    const docs = searchDocuments(loadSiteContent(dir, { publicDir: path.resolve('public') }));
    const top = (await createMemorySearcher(docs).search('农业银行')).results.slice(0, 2);
    expect(top.map((r) => r.id)).toEqual(['b/2024-03/3-2-2', 'b/2024-02/3-2-2']);
    expect(top.map((r) => r.url)).toEqual(['/bulletins/2024-03/3-2-2/', '/bulletins/2024-02/3-2-2/']);
  });
});
