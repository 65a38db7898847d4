import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/settings';
import { content } from '@/lib/site/content';
import { sitePagePaths } from '@/lib/site/pages';

export const dynamic = 'force-static';

/** /sitemap.xml: every page, with absolute URLs under SITE_URL and BASE_PATH. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePagePaths(content).map((path) => ({ url: absoluteUrl(path) }));
}
