/**
 * The site's taxonomies, built once per build process from the content layer and shared
 * by every page that lists or links a term.
 */
import { bulletins, qas } from '../content/repository';
import { buildTaxonomies } from './build';
import type { RegionTerm, Term, TermsOf, YearArchive } from './types';

export const taxonomies = buildTaxonomies(bulletins, qas);

const find = <T extends { slug: string }>(list: readonly T[], slug: string) => list.find((t) => t.slug === slug);

export const getSource = (slug: string): Term | undefined => find(taxonomies.sources, slug);
export const getRegion = (slug: string): RegionTerm | undefined => find(taxonomies.regions, slug);
export const getPolicy = (slug: string): Term | undefined => find(taxonomies.policies, slug);
export const getQaCategory = (slug: string): Term | undefined => find(taxonomies.qaCategories, slug);
export const getQaTag = (slug: string): Term | undefined => find(taxonomies.qaTags, slug);
export const getYear = (year: number): YearArchive | undefined => taxonomies.years.find((y) => y.year === year);

export function termsOfItem(issueId: string, itemId: string): TermsOf | undefined {
  return taxonomies.byItem.get(`${issueId}/${itemId}`);
}

export function termsOfQa(slug: string) {
  return taxonomies.byQa.get(slug);
}
