/**
 * Highwire Press meta tags (citation_*), which Zotero's connector and Google Scholar
 * read from a page's <head>. Dates are YYYY/MM/DD, or the year alone for an undated issue.
 */
import type { CitedWork } from './work';

export function highwireTags(work: CitedWork): Record<string, string> {
  const tags: Record<string, string> = {
    citation_title: work.title,
    citation_author: work.author,
    citation_publisher: work.publisher,
    citation_publication_date: work.date ? work.date.replaceAll('-', '/') : String(work.year),
    citation_public_url: work.url,
    citation_language: 'zh',
  };
  if (work.kind === 'serial-item') {
    tags.citation_journal_title = work.series;
    tags.citation_issue = String(work.issue);
  }
  return tags;
}
