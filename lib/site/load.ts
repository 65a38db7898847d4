/**
 * The site's content, checked by every rule: what `npm run validate`, the search index,
 * the build's files and the pages all load. Content links are checked against every
 * address the site publishes for that very content, taxonomy pages and feeds included.
 */
import { type LoadedContent, type LoadOptions, loadContent } from '../content/load';
import type { Bulletin, QaArticle } from '../content/types';
import { buildTaxonomies } from '../taxonomy/build';
import type { Taxonomies } from '../taxonomy/types';
import { type PublishedContent, sitePaths } from './pages';

/** The content in site order, with its taxonomies: built once per load, shared by whatever the load serves. */
export interface SiteContent extends LoadedContent, PublishedContent {
  /** Newest first: by year, then number. An issue's date is optional and never guessed. */
  bulletins: Bulletin[];
  /** Newest first. */
  qas: QaArticle[];
  taxonomies: Taxonomies;
}

/** The order every list of the site shows, and in which taxonomy terms collect their entries. */
function inSiteOrder(content: {
  bulletins: readonly Bulletin[];
  qas: readonly QaArticle[];
}): Omit<SiteContent, keyof LoadedContent> & Pick<SiteContent, 'bulletins' | 'qas'> {
  const bulletins = [...content.bulletins].sort((a, b) => b.year - a.year || b.number - a.number);
  const qas = [...content.qas].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  return { bulletins, qas, taxonomies: buildTaxonomies(bulletins, qas) };
}

export function loadSiteContent(dir: string, options: Omit<LoadOptions, 'publishedPaths'> = {}): SiteContent {
  let published: ReturnType<typeof inSiteOrder> | undefined;
  const loaded = loadContent(dir, {
    ...options,
    publishedPaths: (content) => {
      published = inSiteOrder(content);
      return sitePaths(published);
    },
  });
  // loadContent asks for the published paths once, always; this guards a future early return.
  published ??= inSiteOrder(loaded);
  return { ...loaded, ...published };
}
