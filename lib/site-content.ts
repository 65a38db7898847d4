/**
 * The site's content, checked by every rule: what `npm run validate`, the search index and
 * the pages all load. Content links are checked against every address the site publishes
 * for that very content, taxonomy pages and feeds included.
 */
import { type LoadedContent, type LoadOptions, loadContent } from './content/load';
import { sitePaths } from './seo/site-pages';
import { buildTaxonomies } from './taxonomy/build';

export function loadSiteContent(dir: string, options: Omit<LoadOptions, 'publishedPaths'> = {}): LoadedContent {
  return loadContent(dir, {
    ...options,
    publishedPaths: ({ bulletins, qas }) => sitePaths({ bulletins, qas, taxonomies: buildTaxonomies(bulletins, qas) }),
  });
}
