import { blockText } from '../content/blocks';
import { bulletinItems } from '../content/items';
import type { Bulletin, BulletinItem, QaArticle } from '../content/types';
import { yearOf } from '../dates';
import { detectRegions } from './detect-regions';
import { policySlug } from './policies';
import { type PolicyMention, policyMentions } from './policy-mentions';
import { categoryName, tagSlug } from './qa-terms';
import { itemRef, refKeyOf } from './refs';
import { findRegion, REGIONS } from './regions';
import { nameKey } from './slug';
import { sourceSlug } from './sources';
import type { RegionTerm, Taxonomies, TaxonomyRef, Term, TermEntry, TermsOf, YearArchive } from './types';

/**
 * Every taxonomy of the site, computed in one pass over the content: sources, regions,
 * cited policies, years, Q&A categories and tags, and for each item and article the
 * terms it links to. Pages read the result; nothing is recounted per page.
 */
export function buildTaxonomies(bulletins: readonly Bulletin[], qas: readonly QaArticle[]): Taxonomies {
  const sources = new TermCollection('source');
  const regions = new TermCollection('region');
  const policies = new TermCollection('policy');
  const categories = new TermCollection('category');
  const tags = new TermCollection('tag');
  const itemLinks = new Map<string, { source: string; regions: string[]; policies: string[] }>();
  const qaLinks = new Map<string, { source: string; regions: string[]; policies: string[]; categories: string[]; tags: string[] }>();
  /** Lists each mentioned policy under `ref` and adds its slug to `linked` once. */
  const addPolicies = (mentions: readonly PolicyMention[], ref: TaxonomyRef, linked: string[]) => {
    for (const mention of mentions) {
      const entry = { ref, ...(mention.shortName ? { note: `简称《${mention.shortName}》` } : {}) };
      const slug = policies.add(policySlug(mention.title), mention.title, entry);
      if (!linked.includes(slug)) linked.push(slug);
    }
  };

  for (const bulletin of bulletins) {
    for (const item of bulletinItems(bulletin)) {
      const ref = itemRef(bulletin, item);
      const texts = itemTexts(item);
      const links = {
        source: sources.add(sourceSlug(item.source), item.source, { ref }),
        regions: [] as string[],
        policies: [] as string[],
      };
      for (const mention of detectRegions(texts.join('\n'))) {
        links.regions.push(
          regions.add(mention.region, regionName(mention.region), { ref, note: `文中提到：${mention.evidence.join('、')}` }),
        );
      }
      addPolicies(policyMentions(texts).flat(), ref, links.policies);
      itemLinks.set(`${bulletin.id}/${item.id}`, links);
    }
  }

  for (const qa of qas) {
    const articleRef: TaxonomyRef = { kind: 'qa', slug: qa.slug, title: qa.title, date: qa.date, source: qa.source };
    const questionRefs = qa.questions.map((q): TaxonomyRef => ({ ...articleRef, questionId: q.id, questionTitle: q.title }));
    const links = {
      source: sources.add(sourceSlug(qa.source), qa.source, { ref: articleRef }),
      regions: [] as string[],
      policies: [] as string[],
      categories: qa.categories.map((slug) => categories.add(slug, categoryName(slug), { ref: articleRef })),
      tags: qa.tags.map((tag) => tags.add(tagSlug(tag), tag, { ref: articleRef })),
    };
    // The article's own title first, then each question with its answer: one scope for short names.
    const refs = [articleRef, ...questionRefs];
    const texts = [qa.title, ...qa.questions.map((q) => `${q.title}\n${q.text}`)];
    policyMentions(texts).forEach((mentions, index) => {
      addPolicies(mentions, refs[index] ?? articleRef, links.policies);
    });
    texts.forEach((text, index) => {
      const ref = refs[index] ?? articleRef;
      for (const mention of detectRegions(text)) {
        const slug = regions.add(mention.region, regionName(mention.region), { ref, note: `文中提到：${mention.evidence.join('、')}` });
        if (!links.regions.includes(slug)) links.regions.push(slug);
      }
    });
    qaLinks.set(qa.slug, links);
  }

  const regionTerms: RegionTerm[] = REGIONS.flatMap((region) => {
    const term = regions.get(region.slug);
    return term ? [{ ...term, region }] : [];
  });
  const regionBySlug = new Map(regionTerms.map((t) => [t.slug, t]));
  const termsOf = (links: { source: string; regions: string[]; policies: string[] }): TermsOf => ({
    source: sources.require(links.source),
    regions: links.regions.flatMap((slug) => regionBySlug.get(slug) ?? []),
    policies: links.policies.map((slug) => policies.require(slug)),
  });

  return {
    sources: sources.terms().sort(byCountThenName),
    regions: regionTerms,
    regionCounts: new Map(REGIONS.map((r) => [r.slug, regions.get(r.slug)?.entries.length ?? 0])),
    policies: policies.terms().sort(byCountThenName),
    years: yearArchives(bulletins, qas),
    qaCategories: categories.terms().sort(byCountThenName),
    qaTags: tags.terms().sort(byCountThenName),
    byItem: new Map([...itemLinks].map(([key, links]) => [key, termsOf(links)])),
    byQa: new Map(
      [...qaLinks].map(([slug, links]) => [
        slug,
        {
          ...termsOf(links),
          categories: links.categories.map((c) => categories.require(c)),
          tags: links.tags.map((t) => tags.require(t)),
        },
      ]),
    ),
  };
}

/** Terms by slug; two different names on one slug stop the build rather than merge silently. */
class TermCollection {
  private readonly bySlug = new Map<string, Term & { key: string; refKeys: Set<string> }>();
  constructor(private readonly kind: string) {}

  /** Adds the entry (once per item or question) and returns the term's slug. */
  add(slug: string, name: string, entry: TermEntry): string {
    let term = this.bySlug.get(slug);
    if (!term) {
      term = { slug, name, key: nameKey(name), entries: [], refKeys: new Set() };
      this.bySlug.set(slug, term);
    } else if (term.key !== nameKey(name)) {
      throw new Error(
        `${this.kind} slug "${slug}" is used by both "${term.name}" and "${name}": give one a slug of its own in lib/taxonomy`,
      );
    }
    const refKey = refKeyOf(entry.ref);
    if (!term.refKeys.has(refKey)) {
      term.refKeys.add(refKey);
      term.entries.push(entry);
    }
    return slug;
  }

  get(slug: string): Term | undefined {
    const term = this.bySlug.get(slug);
    return term && { slug: term.slug, name: term.name, entries: term.entries };
  }

  require(slug: string): Term {
    const term = this.get(slug);
    if (!term) throw new Error(`no ${this.kind} "${slug}"`);
    return term;
  }

  terms(): Term[] {
    return [...this.bySlug.keys()].map((slug) => this.require(slug));
  }
}

/** The term index's order: most entries first, ties by name in Chinese collation (pinyin). */
export function byCountThenName(a: Term, b: Term): number {
  return b.entries.length - a.entries.length || a.name.localeCompare(b.name, 'zh-CN');
}

function regionName(slug: string): string {
  return findRegion(slug)?.name ?? slug;
}

/** What an item says: its title and blocks (not its source line). */
function itemTexts(item: BulletinItem): string[] {
  return [item.title, ...item.blocks.map(blockText)];
}

/** Issues and Q&As by year; a Q&A's year is its date's own (lib/dates.ts yearOf). */
function yearArchives(bulletins: readonly Bulletin[], qas: readonly QaArticle[]): YearArchive[] {
  const years = new Map<number, YearArchive>();
  const archive = (year: number) => {
    const existing = years.get(year);
    if (existing) return existing;
    const created: YearArchive = { year, issues: [], qas: [] };
    years.set(year, created);
    return created;
  };
  for (const b of bulletins) archive(b.year).issues.push({ id: b.id, label: b.label, itemCount: bulletinItems(b).length });
  for (const qa of qas) archive(yearOf(qa.date)).qas.push({ slug: qa.slug, title: qa.title, date: qa.date });
  return [...years.values()].sort((a, b) => b.year - a.year);
}
