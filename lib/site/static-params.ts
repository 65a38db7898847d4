/**
 * Each dynamic route's generateStaticParams, from the route table (lib/site/pages.ts) and
 * this build's content: the same list the sitemap and the link check read. Apart from
 * the table because importing it loads the content.
 */
import { content } from './content';
import { atLeastOne, type Route } from './pages';

/** The params of every page `route` exports in this build. */
export function staticParams<P extends Record<string, string>>(route: Route<P>): P[] {
  return atLeastOne(route, route.params(content));
}
