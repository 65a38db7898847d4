import type { MetadataRoute } from 'next';
import { sitePagePaths } from '@/lib/seo/site-pages';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** /sitemap.xml: every page, with absolute URLs under SITE_URL and BASE_PATH. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePagePaths().map((path) => ({ url: absoluteUrl(path) }));
}
