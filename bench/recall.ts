/**
 * Pagefind's answers in the eval set's terms (lib/testing/search-eval-set.ts, whose recallAt
 * scores both engines on the seed site). Pagefind ranks pages; a Q&A page's matching
 * questions come as its sub-results (anchors #q4-title), which we expand in
 * place. Pagefind has no section/type filters on this site (no
 * data-pagefind-filter markup), so for the filtered queries its ranked list is
 * filtered afterwards by our document metadata: generous to Pagefind.
 */
import type { SearchDocument, SearchFilters } from '../lib/search/types';

const ITEM_URL = /\/bulletins\/([^/]+)\/([^/#]+)\/$/;
const QUESTION_URL = /\/qa\/([^/]+)\/#(q\d+)(?:-title)?$/;

/** Document ids in Pagefind's order, questions expanded from their page. */
export function pagefindIds(ranked: ReadonlyArray<{ url: string; subs: readonly string[] }>): string[] {
  const ids: string[] = [];
  for (const page of ranked) {
    const item = ITEM_URL.exec(page.url);
    if (item) ids.push(`b/${item[1]}/${item[2]}`);
    for (const sub of page.subs) {
      const question = QUESTION_URL.exec(sub);
      if (question) ids.push(`q/${question[1]}/${question[2]}`);
    }
  }
  return [...new Set(ids)];
}

export function matchesFilters(doc: SearchDocument | undefined, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  if (!doc) return false;
  return (
    (filters.type === undefined || doc.type === filters.type) &&
    (filters.section === undefined || doc.section === filters.section) &&
    (filters.subsection === undefined || doc.subsection === filters.subsection) &&
    (filters.year === undefined || doc.year === filters.year)
  );
}
