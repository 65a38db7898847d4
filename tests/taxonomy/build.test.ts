import { describe, expect, it } from 'vitest';
import type { Bulletin } from '@/lib/content/types';
import { loadSiteContent } from '@/lib/site/load';
import { buildTaxonomies } from '@/lib/taxonomy/build';
import type { TaxonomyRef } from '@/lib/taxonomy/types';
import { SEED_CONTENT_DIR } from '../content/helpers';

const seed = loadSiteContent(SEED_CONTENT_DIR);
const taxonomies = buildTaxonomies(seed.bulletins, seed.qas);

const label = (ref: TaxonomyRef) => (ref.kind === 'item' ? ref.itemId : `${ref.slug}#${ref.questionId ?? ''}`);

describe('taxonomies of the seed content', () => {
  it('lists every source with its items, and every item under exactly one source', () => {
    const itemCount = taxonomies.sources.flatMap((s) => s.entries).filter((e) => e.ref.kind === 'item').length;
    expect(itemCount).toBe(12);
    const nrra = taxonomies.sources.find((s) => s.name === '国家乡村振兴局官网');
    expect(nrra?.entries.map((e) => label(e.ref))).toEqual(['3-2-2', '3-2-3']);
    const wangxin = taxonomies.sources.find((s) => s.name === '网信中国');
    expect(wangxin?.entries.map((e) => label(e.ref))).toEqual(['2-1-1', 'digital-village-action-plan-2022-2025#']);
    for (const source of taxonomies.sources) expect(source.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('finds the regions the items name, and none for items that name none', () => {
    const byRegion = Object.fromEntries(taxonomies.regions.map((r) => [r.slug, r.entries.map((e) => label(e.ref))]));
    expect(byRegion).toEqual({
      shanxi: ['2-2-2', '3-2-3'],
      beijing: ['2-1-3'],
      shaanxi: ['3-1-2'],
      yunnan: ['3-2-1'],
      guizhou: ['3-2-2'],
      hunan: ['2-2-3'],
      jiangxi: ['3-1-1'],
      guangdong: ['3-2-1'],
      zhejiang: ['2-2-1'],
    });
    expect(taxonomies.byItem.get('2024-02/1-1')?.regions).toEqual([]);
    expect(taxonomies.byItem.get('2024-02/3-1-1')?.regions.map((r) => r.slug)).toEqual(['jiangxi']);
    expect(taxonomies.regions.find((r) => r.slug === 'jiangxi')?.entries[0]?.note).toBe('文中提到：江西省、高安市');
    expect(taxonomies.regionCounts.size).toBe(34);
    expect(taxonomies.regionCounts.get('shanxi')).toBe(2);
    expect(taxonomies.regionCounts.get('xizang')).toBe(0);
  });

  it('links each short 《通知》 to the full title its own item defined', () => {
    const policy = (itemId: string) => taxonomies.byItem.get(`2024-02/${itemId}`)?.policies.map((p) => p.name);
    expect(policy('2-1-1')).toEqual(['关于开展第二批国家数字乡村试点工作的通知']);
    expect(policy('2-1-3')).toEqual(['关于认定2023年度农业农村信息化示范基地的通知']);
    expect(policy('2-2-3')).toEqual(['关于公布2023年湖南省数字乡村建设优秀案例的通知']);
    expect(taxonomies.policies.map((p) => p.name)).not.toContain('通知');
  });

  it('lists every question that cites the action plan, by full title or by its defined short name', () => {
    const plan = taxonomies.policies.find((p) => p.slug === 'digital-village-action-plan-2022-2025');
    expect(plan?.name).toBe('数字乡村发展行动计划（2022-2025年）');
    expect(plan?.entries.map((e) => label(e.ref))).toEqual([
      'digital-village-action-plan-2022-2025#',
      ...[1, 2, 3, 4, 5, 6].map((n) => `digital-village-action-plan-2022-2025#q${n}`),
    ]);
    expect(plan?.entries[2]?.note).toBe('简称《行动计划》');
    expect(taxonomies.policies.map((p) => p.name)).not.toContain('行动计划');
    expect(taxonomies.policies).toHaveLength(10);
    for (const p of taxonomies.policies) expect(p.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('archives issues and Q&As by year, and collects Q&A categories and tags with ASCII slugs', () => {
    expect(taxonomies.years.map((y) => [y.year, y.issues.map((i) => i.id), y.qas.map((q) => q.slug)])).toEqual([
      [2024, ['2024-02'], []],
      [2022, [], ['digital-village-action-plan-2022-2025']],
    ]);
    expect(taxonomies.qaCategories.map((c) => [c.slug, c.name, c.entries.length])).toEqual([['wangxinzhongguo', '网信中国', 1]]);
    expect(taxonomies.qaTags.map((t) => [t.slug, t.name])).toEqual([['wangxin-zhongguo-news', '网信中国新闻']]);
  });

  it('stops the build when two different names would share a slug', () => {
    const bulletin = seed.bulletins[0] as Bulletin;
    const clash = structuredClone(bulletin);
    const first = clash.sections[0]?.items[0];
    if (!first) throw new Error('seed changed');
    clash.sections[0]?.items.push({ ...first, id: '1-2', number: 2, source: 'xinhua' });
    first.source = '新华社';
    expect(() => buildTaxonomies([clash], [])).toThrow(/slug "xinhua" is used by both/);
  });
});
