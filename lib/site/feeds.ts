import { findSection } from '../content/sections';
import { buildFeed } from '../feeds/build-feed';
import { allFeedEntries, sectionFeedEntries } from '../feeds/entries';
import { routes } from '../routes';
import { site } from '../settings';
import { bulletins, qas } from './content';

/** The site-wide feed: bulletin items and Q&As together, newest first. */
export function siteFeed() {
  return buildFeed({ title: site.name, description: site.description, pagePath: routes.home(), entries: allFeedEntries(bulletins, qas) });
}

export function sectionFeed(slug: string) {
  const section = findSection(slug);
  if (!section) throw new Error(`no section "${slug}"`);
  return buildFeed({
    title: `${site.name}·${section.name}`,
    description: section.description,
    pagePath: routes.section(slug),
    entries: sectionFeedEntries(bulletins, slug),
  });
}

/** Feeds are served with their own types, UTF-8 always. */
export function feedResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
