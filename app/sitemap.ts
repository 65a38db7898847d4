import type { MetadataRoute } from 'next';
import { bulletins, qas } from '@/lib/content/repository';
import { sitePagePaths } from '@/lib/seo/site-pages';
import { absoluteUrl } from '@/lib/site';
import { taxonomies } from '@/lib/taxonomy/site-taxonomies';

export const dynamic = 'force-static';

/** /sitemap.xml: every page, with absolute URLs under SITE_URL and BASE_PATH. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePagePaths({ bulletins, qas, taxonomies }).map((path) => ({ url: absoluteUrl(path) }));
}
