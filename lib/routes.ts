/**
 * Every URL the site publishes, built in one place. ASCII segments only: Chinese
 * slugs arrive percent-encoded in params and export as 404 pages.
 */
/** Reference files written at build: BibTeX and RIS. */
export type CitationFileFormat = 'bib' | 'ris';

export const routes = {
  home: () => '/',
  bulletins: () => '/bulletins/',
  bulletin: (issueId: string) => `/bulletins/${issueId}/`,
  item: (issueId: string, itemId: string) => `/bulletins/${issueId}/${itemId}/`,
  /** The item's reference as a file for reference managers: `citation.bib` or `citation.ris`. */
  itemCitation: (issueId: string, itemId: string, format: CitationFileFormat) => `/bulletins/${issueId}/${itemId}/citation.${format}`,
  qaList: () => '/qa/',
  qa: (slug: string) => `/qa/${slug}/`,
  question: (slug: string, questionId: string) => `/qa/${slug}/#${questionId}`,
  qaCitation: (slug: string, format: CitationFileFormat) => `/qa/${slug}/citation.${format}`,
  section: (slug: string) => `/sections/${slug}/`,
  search: () => '/search/',
  sources: () => '/sources/',
  source: (slug: string) => `/sources/${slug}/`,
  regions: () => '/regions/',
  region: (slug: string) => `/regions/${slug}/`,
  policies: () => '/policies/',
  policy: (slug: string) => `/policies/${slug}/`,
  years: () => '/years/',
  year: (year: number) => `/years/${year}/`,
  qaCategories: () => '/qa/categories/',
  qaCategory: (slug: string) => `/qa/categories/${slug}/`,
  qaTags: () => '/qa/tags/',
  qaTag: (slug: string) => `/qa/tags/${slug}/`,
  rss: () => '/feed.xml',
  atom: () => '/atom.xml',
  jsonFeed: () => '/feed.json',
  sectionFeed: (slug: string) => `/sections/${slug}/feed.xml`,
  sitemap: () => '/sitemap.xml',
} as const;

/** `2024-02` from year 2024 and number 2. */
export function issueId(year: number, number: number): string {
  return `${year}-${String(number).padStart(2, '0')}`;
}

/** `2024年第2期`. */
export function issueLabel(year: number, number: number): string {
  return `${year}年第${number}期`;
}
