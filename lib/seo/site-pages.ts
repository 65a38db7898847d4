import { bulletinItems } from '../content/items';
import { SECTIONS } from '../content/sections';
import type { Bulletin, QaArticle } from '../content/types';
import { DATA_FILE_NAMES, dataFilePath } from '../open-data/files';
import { routes } from '../routes';
import type { Taxonomies } from '../taxonomy/types';

export interface PublishedContent {
  bulletins: readonly Bulletin[];
  qas: readonly QaArticle[];
  taxonomies: Taxonomies;
}

/**
 * Every HTML page the site publishes for some content, as site paths: the sitemap lists
 * these, and content links are checked against them (with the feeds of sitePaths).
 */
export function sitePagePaths({ bulletins, qas, taxonomies }: PublishedContent): string[] {
  return [
    routes.home(),
    routes.bulletins(),
    ...bulletins.map((b) => routes.bulletin(b.id)),
    ...bulletins.flatMap((b) => bulletinItems(b).map((item) => routes.item(b.id, item.id))),
    ...SECTIONS.map((s) => routes.section(s.slug)),
    routes.qaList(),
    ...qas.map((q) => routes.qa(q.slug)),
    routes.qaCategories(),
    ...taxonomies.qaCategories.map((c) => routes.qaCategory(c.slug)),
    routes.qaTags(),
    ...taxonomies.qaTags.map((t) => routes.qaTag(t.slug)),
    routes.years(),
    ...taxonomies.years.map((y) => routes.year(y.year)),
    routes.sources(),
    ...taxonomies.sources.map((s) => routes.source(s.slug)),
    routes.regions(),
    ...taxonomies.regions.map((r) => routes.region(r.slug)),
    routes.policies(),
    ...taxonomies.policies.map((p) => routes.policy(p.slug)),
    routes.search(),
    routes.stats(),
    routes.data(),
  ];
}

/** Every address the site publishes: its pages, and its feeds, sitemap and robots.txt. */
export function sitePaths(content: PublishedContent): string[] {
  return [
    ...sitePagePaths(content),
    routes.rss(),
    routes.atom(),
    routes.jsonFeed(),
    ...SECTIONS.map((s) => routes.sectionFeed(s.slug)),
    routes.sitemap(),
    '/robots.txt',
    // The data files: published and linked, but no sitemap lists them.
    ...DATA_FILE_NAMES.map(dataFilePath),
  ];
}
