/**
 * The route table: for every route of the site, the params of each page it exports for
 * some content, and each page's path. Pages' generateStaticParams (lib/site/static-params.ts),
 * the sitemap and the content link check all read it, so a route added here is exported,
 * listed and linkable at once; `npm run check:site` fails on an exported page missing here.
 */
import { bulletinItems } from '../content/items';
import { SECTIONS } from '../content/sections';
import type { Bulletin, QaArticle } from '../content/types';
import { DATA_FILE_NAMES, dataFilePath } from '../open-data/files';
import { routes } from '../routes';
import type { Taxonomies, Term } from '../taxonomy/types';

export interface PublishedContent {
  bulletins: readonly Bulletin[];
  qas: readonly QaArticle[];
  taxonomies: Taxonomies;
}

/** One route: the params of each page it exports, and a page's path from its params. */
export interface Route<P extends Record<string, string>> {
  params(content: PublishedContent): P[];
  path(params: P): string;
  /**
   * The dynamic segment of a taxonomy route, whose taxonomy may have no terms yet: it still
   * exports one placeholder page, listed nowhere (lib/site/static-params.ts).
   */
  termParam?: keyof P & string;
}

/** A route without dynamic segments: one page. */
const single = (path: () => string): Route<Record<never, string>> => ({ params: () => [{}], path });

/** A taxonomy's route: one page per term, under the segment `param`. */
function termPages<K extends string>(
  param: K,
  terms: (taxonomies: Taxonomies) => readonly Term[],
  path: (slug: string) => string,
): Route<Record<K, string>> & { termParam: K } {
  return {
    params: ({ taxonomies }) => terms(taxonomies).map((term) => ({ [param]: term.slug }) as Record<K, string>),
    path: (params) => path(params[param]),
    termParam: param,
  };
}

/** Every HTML page route, in the sitemap's order. */
export const pageRoutes = {
  home: single(routes.home),
  bulletins: single(routes.bulletins),
  bulletin: {
    params: ({ bulletins }) => bulletins.map((b) => ({ issue: b.id })),
    path: ({ issue }) => routes.bulletin(issue),
  } satisfies Route<{ issue: string }>,
  item: {
    params: ({ bulletins }) => bulletins.flatMap((b) => bulletinItems(b).map((item) => ({ issue: b.id, item: item.id }))),
    path: ({ issue, item }) => routes.item(issue, item),
  } satisfies Route<{ issue: string; item: string }>,
  section: {
    params: () => SECTIONS.map((s) => ({ section: s.slug })),
    path: ({ section }) => routes.section(section),
  } satisfies Route<{ section: string }>,
  qaList: single(routes.qaList),
  qa: {
    params: ({ qas }) => qas.map((q) => ({ slug: q.slug })),
    path: ({ slug }) => routes.qa(slug),
  } satisfies Route<{ slug: string }>,
  qaCategories: single(routes.qaCategories),
  qaCategory: termPages('category', (t) => t.qaCategories, routes.qaCategory),
  qaTags: single(routes.qaTags),
  qaTag: termPages('tag', (t) => t.qaTags, routes.qaTag),
  years: single(routes.years),
  year: {
    params: ({ taxonomies }) => taxonomies.years.map((y) => ({ year: String(y.year) })),
    path: ({ year }) => routes.year(Number(year)),
    termParam: 'year',
  } satisfies Route<{ year: string }>,
  sources: single(routes.sources),
  source: termPages('source', (t) => t.sources, routes.source),
  regions: single(routes.regions),
  region: termPages('region', (t) => t.regions, routes.region),
  policies: single(routes.policies),
  policy: termPages('policy', (t) => t.policies, routes.policy),
  search: single(routes.search),
  stats: single(routes.stats),
  data: single(routes.data),
};

/** Every feed route: listed nowhere in the sitemap, linked from the pages. */
export const feedRoutes = {
  rss: single(routes.rss),
  atom: single(routes.atom),
  jsonFeed: single(routes.jsonFeed),
  sectionFeed: {
    params: pageRoutes.section.params,
    path: ({ section }) => routes.sectionFeed(section),
  } satisfies Route<{ section: string }>,
};

/** The one param value generated for a taxonomy that has no terms yet; its page is the 404 page. */
export const NO_TERMS = '_none';

/**
 * A static export must generate at least one page per dynamic route, so a taxonomy with no
 * terms (no Q&A with tags yet, say) would stop the build. It gets one placeholder page
 * instead, which renders notFound(), is listed nowhere, and is removed from the export
 * after the build (lib/build/placeholder-pages.ts).
 */
export function atLeastOne<P extends Record<string, string>>(route: Route<P>, params: P[]): P[] {
  if (params.length > 0 || !route.termParam) return params;
  return [{ [route.termParam]: NO_TERMS } as P];
}

/** Every path a table's routes export for `content`, route by route. */
function pathsOf(table: Record<string, Route<Record<string, string>>>, content: PublishedContent): string[] {
  return Object.values(table).flatMap((route) => route.params(content).map(route.path));
}

/**
 * Every HTML page the site publishes for some content, as site paths: the sitemap lists
 * these, and content links are checked against them (with the feeds of sitePaths).
 */
export function sitePagePaths(content: PublishedContent): string[] {
  return pathsOf(pageRoutes, content);
}

/** Every address the site publishes: its pages, and its feeds, sitemap and robots.txt. */
export function sitePaths(content: PublishedContent): string[] {
  return [
    ...sitePagePaths(content),
    ...pathsOf(feedRoutes, content),
    routes.sitemap(),
    '/robots.txt',
    // The data files: published and linked, but no sitemap lists them.
    ...DATA_FILE_NAMES.map(dataFilePath),
  ];
}
