import { Feed } from 'feed';
import { routes } from '../routes';
import { absoluteUrl, site } from '../settings';
import type { FeedEntry } from './entries';

/** How many entries a feed carries: enough for a reader who checks monthly, small enough to fetch often. */
export const FEED_SIZE = 50;

export interface FeedOptions {
  title: string;
  description: string;
  /** The page the feed belongs to (home, or a section page). */
  pagePath: string;
  entries: readonly FeedEntry[];
}

/** One Feed object, rendered as RSS 2.0, Atom 1.0 or JSON Feed by the route that serves it. */
export function buildFeed({ title, description, pagePath, entries }: FeedOptions): Feed {
  const latest = entries.slice(0, FEED_SIZE);
  const feed = new Feed({
    id: absoluteUrl(pagePath),
    title,
    description,
    link: absoluteUrl(pagePath),
    language: site.locale,
    copyright: `《${site.name}》由${site.publisher}编制，内容以原刊为准。`,
    // The newest entry's date, not the build time: rebuilding unchanged content changes nothing.
    updated: latest[0]?.updated ?? new Date(0),
    generator: false,
    feedLinks: { rss: absoluteUrl(routes.rss()), atom: absoluteUrl(routes.atom()), json: absoluteUrl(routes.jsonFeed()) },
    author: { name: site.publisher, link: absoluteUrl('/') },
  });
  for (const entry of latest) {
    feed.addItem({
      title: entry.title,
      id: entry.id,
      link: entry.url,
      date: entry.updated,
      ...(entry.published ? { published: entry.published } : {}),
      description: entry.summary,
      content: entry.html,
      category: [{ name: entry.category, term: entry.category }],
      ...(entry.enclosure ? { enclosure: entry.enclosure } : {}),
    });
  }
  return feed;
}
