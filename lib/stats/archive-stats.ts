/**
 * The archive counted for the 统计 page: items per issue by section, the sources and
 * policies cited most, and how many items name each province per year. d3-array groups
 * and counts; every figure is a count of rows the term pages list, so a chart and its
 * term page agree.
 */
import { extent, range, rollup, sum } from 'd3-array';
import { bulletinItems } from '../content/items';
import { SECTIONS } from '../content/sections';
import type { Bulletin } from '../content/types';
import { byCountThenName } from '../taxonomy/build';
import type { RegionTerm, Term } from '../taxonomy/types';

export interface IssueCounts {
  issueId: string;
  label: string;
  year: number;
  /** Items in each section, by section slug, in SECTIONS order. */
  bySection: Record<string, number>;
  total: number;
}

/** Items per issue, oldest issue first, each split by section. */
export function itemsPerIssue(bulletins: readonly Bulletin[]): IssueCounts[] {
  return [...bulletins]
    .sort((a, b) => a.year - b.year || a.number - b.number)
    .map((bulletin) => {
      const counted = rollup(
        bulletinItems(bulletin),
        (items) => items.length,
        (item) => item.sectionSlug,
      );
      const bySection = Object.fromEntries(SECTIONS.map((section) => [section.slug, counted.get(section.slug) ?? 0]));
      return { issueId: bulletin.id, label: bulletin.label, year: bulletin.year, bySection, total: sum(Object.values(bySection)) };
    });
}

export interface RankedTerm {
  slug: string;
  name: string;
  /** Entries the term's page lists: items, Q&A articles or questions. */
  count: number;
  /** Distinct bulletin issues among them. */
  issues: number;
}

/** The `limit` terms with the most entries, most first (ties by name, as the term index). */
export function topTerms(terms: readonly Term[], limit: number): RankedTerm[] {
  return [...terms]
    .sort(byCountThenName)
    .slice(0, limit)
    .map((term) => ({
      slug: term.slug,
      name: term.name,
      count: term.entries.length,
      issues: new Set(term.entries.flatMap(({ ref }) => (ref.kind === 'item' ? [ref.issueId] : []))).size,
    }));
}

export interface RegionYears {
  slug: string;
  name: string;
  fullName: string;
  /** Items naming the region, by year. */
  byYear: ReadonlyMap<number, number>;
  total: number;
}

/** How many bulletin items name each province in each year: the provinces named at all, in table order. */
export function regionsByYear(regions: readonly RegionTerm[]): RegionYears[] {
  return regions.flatMap((term) => {
    const items = term.entries.flatMap(({ ref }) => (ref.kind === 'item' ? [ref] : []));
    if (items.length === 0) return [];
    // A plain Map, not d3's InternMap: numbers key it the same, and it compares as one.
    const byYear = new Map(
      rollup(
        items,
        (refs) => refs.length,
        (ref) => ref.year,
      ),
    );
    return [{ slug: term.slug, name: term.region.name, fullName: term.region.fullName, byYear, total: items.length }];
  });
}

/** The years of the archive, oldest first, without gaps: a year with no issue shows as empty. */
export function archiveYears(bulletins: readonly Bulletin[]): number[] {
  const [first, last] = extent(bulletins, (b) => b.year);
  return first === undefined || last === undefined ? [] : range(first, last + 1);
}
