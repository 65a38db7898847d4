/**
 * The open data's rows, from the loaded content and its taxonomies: one row per item,
 * per Q&A question and per issue. Issues oldest first, whatever order they come in, so
 * the files read as a time series and come out the same on every build.
 */
import { compareCodeUnits } from '../compare';
import { bulletinItems } from '../content/items';
import { findSection, findSubsection } from '../content/sections';
import type { Bulletin, BulletinItem, QaArticle } from '../content/types';
import { routes } from '../routes';
import { categoryName } from '../taxonomy/qa-terms';
import { refKeyOf } from '../taxonomy/refs';
import type { RegionTerm, Taxonomies, Term } from '../taxonomy/types';
import type { IssueRecord, ItemRecord, QaRecord } from './schemas';

export interface OpenDataInput {
  bulletins: readonly Bulletin[];
  qas: readonly QaArticle[];
  taxonomies: Taxonomies;
  /** Absolute URL of a site path. */
  absoluteUrl: (path: string) => string;
}

const chronological = (bulletins: readonly Bulletin[]) => [...bulletins].sort((a, b) => a.year - b.year || a.number - b.number);

/** The paragraphs of an item, a blank line apart. */
export function itemText(item: BulletinItem): string {
  return item.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : [])).join('\n\n');
}

/** Region and policy names by the ref key of what names them: one walk over the terms. */
function namesByRef(regions: readonly RegionTerm[], policies: readonly Term[]) {
  const index = new Map<string, { regions: string[]; policies: string[] }>();
  const add = (terms: readonly Term[], field: 'regions' | 'policies', name: (term: Term) => string) => {
    for (const term of terms) {
      for (const { ref } of term.entries) {
        const key = refKeyOf(ref);
        const names = index.get(key) ?? { regions: [], policies: [] };
        if (!names[field].includes(name(term))) names[field].push(name(term));
        index.set(key, names);
      }
    }
  };
  add(regions, 'regions', (term) => (term as RegionTerm).region.fullName);
  add(policies, 'policies', (term) => term.name);
  return index;
}

export function itemRecords({ bulletins, taxonomies, absoluteUrl }: OpenDataInput): ItemRecord[] {
  return chronological(bulletins).flatMap((bulletin) =>
    bulletinItems(bulletin).map((item): ItemRecord => {
      const terms = taxonomies.byItem.get(`${bulletin.id}/${item.id}`);
      return {
        issue_id: bulletin.id,
        year: bulletin.year,
        number: bulletin.number,
        date: bulletin.date ?? null,
        section: findSection(item.sectionSlug)?.name ?? item.sectionSlug,
        subsection: item.subsectionSlug ? (findSubsection(item.subsectionSlug)?.name ?? item.subsectionSlug) : null,
        item_id: item.id,
        item_number: item.number,
        title: item.title,
        text: itemText(item),
        source: item.source,
        regions: terms?.regions.map((r) => r.region.fullName) ?? [],
        policies: terms?.policies.map((p) => p.name) ?? [],
        url: absoluteUrl(routes.item(bulletin.id, item.id)),
      };
    }),
  );
}

export function qaRecords({ qas, taxonomies, absoluteUrl }: OpenDataInput): QaRecord[] {
  const named = namesByRef(taxonomies.regions, taxonomies.policies);
  return [...qas]
    .sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.slug, b.slug))
    .flatMap((qa) =>
      qa.questions.map((question): QaRecord => {
        const terms = named.get(
          refKeyOf({ kind: 'qa', slug: qa.slug, title: qa.title, date: qa.date, source: qa.source, questionId: question.id }),
        );
        return {
          article_slug: qa.slug,
          article_title: qa.title,
          date: qa.date,
          source: qa.source,
          categories: qa.categories.map(categoryName),
          tags: [...qa.tags],
          question_id: question.id,
          question_number: question.number,
          title: question.title,
          text: question.text,
          regions: terms?.regions ?? [],
          policies: terms?.policies ?? [],
          url: absoluteUrl(routes.question(qa.slug, question.id)),
        };
      }),
    );
}

export function issueRecords({ bulletins, absoluteUrl }: OpenDataInput): IssueRecord[] {
  return chronological(bulletins).map((bulletin) => ({
    issue_id: bulletin.id,
    label: bulletin.label,
    year: bulletin.year,
    number: bulletin.number,
    date: bulletin.date ?? null,
    publisher: bulletin.publisher,
    department: bulletin.department,
    summary: bulletin.summary ?? null,
    item_count: bulletinItems(bulletin).length,
    url: absoluteUrl(routes.bulletin(bulletin.id)),
  }));
}
