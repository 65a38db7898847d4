import type { MetadataRoute } from 'next';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/settings';

export const dynamic = 'force-static';

/** /robots.txt: everything may be crawled; points at the sitemap. */
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: absoluteUrl(routes.sitemap()) };
}
