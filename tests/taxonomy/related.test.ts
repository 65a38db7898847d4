import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../lib/site/load';
import { buildTaxonomies } from '../../lib/taxonomy/build';
import { ENTRIES_PER_TERM, relatedEntries } from '../../lib/taxonomy/related';
import type { TaxonomyRef, Term } from '../../lib/taxonomy/types';
import { SEED_CONTENT_DIR } from '../content/helpers';

const item = (itemId: string, issueId = '2024-02'): TaxonomyRef => ({
  kind: 'item',
  issueId,
  issueLabel: issueId,
  year: Number(issueId.slice(0, 4)),
  itemId,
  title: `条目 ${itemId}`,
  source: '新华社',
});
const question = (questionId?: string): TaxonomyRef => ({
  kind: 'qa',
  slug: 'plan',
  title: '答记者问',
  date: '2022-01-26T18:56:08+08:00',
  source: '网信中国',
  ...(questionId ? { questionId, questionTitle: `问题 ${questionId}` } : {}),
});
const term = (slug: string, ...refs: TaxonomyRef[]): Term => ({ slug, name: `名称-${slug}`, entries: refs.map((ref) => ({ ref })) });
const keyOf = (ref: TaxonomyRef) => (ref.kind === 'item' ? `${ref.issueId}/${ref.itemId}` : `${ref.slug}#${ref.questionId ?? ''}`);

describe('related items', () => {
  const self = item('1-1');

  it('lists items and questions sharing a document before those sharing only a region, never the item itself', () => {
    const related = relatedEntries(self, {
      policies: [term('doc', self, item('2-1', '2023-05'), question('q2'))],
      regions: [term('zhejiang', self, item('3-1'), item('2-1', '2023-05'))],
    });
    expect(related.map((r) => keyOf(r.ref))).toEqual(['2023-05/2-1', 'plan#q2', '2024-02/3-1']);
    expect(related[0]?.reasons).toEqual([
      { kind: 'policy', slug: 'doc', name: '名称-doc' },
      { kind: 'region', slug: 'zhejiang', name: '名称-zhejiang' },
    ]);
    expect(related[2]?.reasons.map((r) => r.kind)).toEqual(['region']);
  });

  it('puts more shared terms first, then the newer, and stops at five', () => {
    const others = ['2020-01', '2024-01', '2022-03', '2023-07', '2021-02', '2019-09'].map((issue) => item('1-1', issue));
    const related = relatedEntries(self, {
      policies: [term('a', ...others), term('b', others[5] as TaxonomyRef)],
      regions: [],
    });
    expect(related.map((r) => r.ref.kind === 'item' && r.ref.issueId)).toEqual(['2019-09', '2024-01', '2023-07', '2022-03', '2021-02']);
  });

  it('lists an article once: by its question when the question is listed', () => {
    const related = relatedEntries(self, { policies: [term('a', question(), question('q3'))], regions: [term('r', question())] });
    expect(related.map((r) => keyOf(r.ref))).toEqual(['plan#q3']);
  });

  it('reads only the newest ENTRIES_PER_TERM entries of a term, so a page costs the same in any archive', () => {
    // 2000-01 … 2199-12: a province named in 200 issues, newest last as the build adds them.
    const issues = Array.from({ length: 200 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const oldest = item('9-9', issues[0]);
    const widelyNamed = term('zhejiang', ...issues.map((issue) => item('1-1', issue)), oldest);
    const related = relatedEntries(self, { policies: [], regions: [widelyNamed] }, ENTRIES_PER_TERM + 10);
    expect(related).toHaveLength(ENTRIES_PER_TERM);
    expect(related[0]?.ref).toEqual(item('1-1', issues.at(-1)));
    expect(related.map((r) => keyOf(r.ref))).not.toContain(keyOf(oldest));
    // A rarer tie still finds the old item.
    const withRare = relatedEntries(self, { policies: [term('rare', oldest)], regions: [widelyNamed] });
    expect(withRare[0]?.ref).toEqual(oldest);
  });

  it('on the seed: the Shanxi pilot and the Shanxi poverty fund name the same region', () => {
    const { bulletins, qas } = loadSiteContent(SEED_CONTENT_DIR);
    const taxonomies = buildTaxonomies(bulletins, qas);
    const terms = taxonomies.byItem.get('2024-02/2-2-2');
    if (!terms) throw new Error('no terms for 2-2-2');
    const related = relatedEntries(item('2-2-2'), terms);
    expect(related.map((r) => keyOf(r.ref))).toEqual(['2024-02/3-2-3']);
    expect(related[0]?.reasons).toEqual([{ kind: 'region', slug: 'shanxi', name: '山西' }]);
  });
});
