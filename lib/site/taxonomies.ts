/**
 * This build's taxonomies, built once with its content (lib/site/load.ts) and shared by
 * every page that lists or links a term.
 */
import type { TermsOf, YearArchive } from '../taxonomy/types';
import { content } from './content';

export const taxonomies = content.taxonomies;

// A term's own page looks it up by slug in app/term-route.tsx.
export const getYear = (year: number): YearArchive | undefined => taxonomies.years.find((y) => y.year === year);

export function termsOfItem(issueId: string, itemId: string): TermsOf | undefined {
  return taxonomies.byItem.get(`${issueId}/${itemId}`);
}

export function termsOfQa(slug: string) {
  return taxonomies.byQa.get(slug);
}
