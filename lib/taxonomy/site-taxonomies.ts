/**
 * The site's taxonomies, built once per build process from the content layer and shared
 * by every page that lists or links a term.
 */
import { bulletins, qas } from '../content/repository';
import { buildTaxonomies } from './build';
import type { TermsOf, YearArchive } from './types';

export const taxonomies = buildTaxonomies(bulletins, qas);

// A term's own page looks it up by slug in app/term-route.tsx.
export const getYear = (year: number): YearArchive | undefined => taxonomies.years.find((y) => y.year === year);

export function termsOfItem(issueId: string, itemId: string): TermsOf | undefined {
  return taxonomies.byItem.get(`${issueId}/${itemId}`);
}

export function termsOfQa(slug: string) {
  return taxonomies.byQa.get(slug);
}
