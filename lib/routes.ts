/** Element ids on an issue page: the page sets them, links and the link check point at them. */
export const issueAnchors = {
  section: (sectionId: string) => `section-${sectionId}`,
  item: (itemId: string) => `item-${itemId}`,
} as const;

/** Reference files written at build: BibTeX and RIS. */
export type CitationFileFormat = 'bib' | 'ris';

/**
 * Every URL the site publishes, built in one place. ASCII segments only: Chinese
 * slugs arrive percent-encoded in params and export as 404 pages.
 */
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
  /** A section or subsection (id `2` or `2-1`) on its issue page. */
  issueSection: (issueId: string, sectionId: string) => `/bulletins/${issueId}/#${issueAnchors.section(sectionId)}`,
  /** An item on its issue page, where the 本期导读 leads. */
  issueItem: (issueId: string, itemId: string) => `/bulletins/${issueId}/#${issueAnchors.item(itemId)}`,
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
  /** The open data page; its files sit beside it: `/data/items.csv`. */
  data: () => '/data/',
  stats: () => '/stats/',
} as const;

/**
 * A URL segment the site makes from a name: lowercase ASCII letters and digits in
 * dash-separated runs. Q&A file names, category slugs and readable term slugs all follow it.
 */
export const ASCII_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `2024-02` from year 2024 and number 2. */
export function issueId(year: number, number: number): string {
  return `${year}-${String(number).padStart(2, '0')}`;
}

/** `2024年第2期`. */
export function issueLabel(year: number, number: number): string {
  return `${year}年第${number}期`;
}
