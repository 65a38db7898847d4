import { allItems, bulletins, qas } from '../content/repository';
import { SECTIONS } from '../content/sections';
import { routes } from '../routes';
import { taxonomies } from '../taxonomy/site-taxonomies';

/** Every HTML page the site publishes, as site paths: the sitemap lists these, and the site walk visits them. */
export function sitePagePaths(): string[] {
  return [
    routes.home(),
    routes.bulletins(),
    ...bulletins.map((b) => routes.bulletin(b.id)),
    ...allItems.map((e) => routes.item(e.bulletin.id, e.item.id)),
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
  ];
}
