import { describe, expect, it } from 'vitest';
import { bulletinItems } from '@/lib/content/items';
import type { Bulletin } from '@/lib/content/types';
import { loadSiteContent } from '@/lib/site/load';
import { archiveYears, itemsPerIssue, regionsByYear, topTerms } from '@/lib/stats/archive-stats';
import { buildTaxonomies } from '@/lib/taxonomy/build';
import { SEED_CONTENT_DIR } from '../content/helpers';

const seed = loadSiteContent(SEED_CONTENT_DIR);
const [issue] = seed.bulletins;
if (!issue) throw new Error('no seed issue');
/** The seed issue again as another year's issue: the same items, so every count doubles. */
const again: Bulletin = { ...issue, year: issue.year + 2, number: 1, id: `${issue.year + 2}-01`, label: `${issue.year + 2}年第1期` };
const bulletins = [again, issue];
const taxonomies = buildTaxonomies(bulletins, seed.qas);

describe('archive statistics', () => {
  it('counts items per issue by section, oldest first, adding up to the issue', () => {
    const counts = itemsPerIssue(bulletins);
    expect(counts.map((c) => c.issueId)).toEqual([issue.id, again.id]);
    expect(counts[0]?.bySection).toEqual({ central: 1, work: 6, practice: 5 });
    expect(counts[0]?.total).toBe(bulletinItems(issue).length);
  });

  it('ranks terms by the entries their page lists, and counts the issues among them', () => {
    const sources = topTerms(taxonomies.sources, 3);
    expect(sources).toHaveLength(3);
    const counts = sources.map((s) => s.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const ranked of sources) {
      const term = taxonomies.sources.find((t) => t.slug === ranked.slug);
      expect(ranked.count).toBe(term?.entries.length);
    }
    const policy = topTerms(taxonomies.policies, 100).find((p) => p.name === '关于开展第二批国家数字乡村试点工作的通知');
    expect(policy?.issues).toBe(2);
    const qaOnly = topTerms(taxonomies.policies, 100).find((p) => p.name.startsWith('数字乡村发展行动计划'));
    expect(qaOnly?.issues).toBe(0);
  });

  it('counts the items naming each province per year, Q&A left out', () => {
    const zhejiang = regionsByYear(taxonomies.regions).find((r) => r.slug === 'zhejiang');
    expect(zhejiang?.byYear).toEqual(
      new Map([
        [issue.year + 2, 1],
        [issue.year, 1],
      ]),
    );
    expect(zhejiang?.total).toBe(2);
  });

  it('lists every year from the first issue to the last, gaps included', () => {
    expect(archiveYears(bulletins)).toEqual([issue.year, issue.year + 1, issue.year + 2]);
    expect(archiveYears([])).toEqual([]);
  });
});
