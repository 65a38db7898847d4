import { feedResponse, sectionFeed } from '@/lib/site/feeds';
import { feedRoutes } from '@/lib/site/pages';
import { staticParams } from '@/lib/site/static-params';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { section: string }[] {
  return staticParams(feedRoutes.sectionFeed);
}

/** RSS 2.0 for one section's items. */
export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  return feedResponse(sectionFeed((await params).section).rss2(), 'application/rss+xml');
}
