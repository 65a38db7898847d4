import { SECTIONS } from '@/lib/content/sections';
import { feedResponse, sectionFeed } from '@/lib/feeds/site-feeds';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { section: string }[] {
  return SECTIONS.map((s) => ({ section: s.slug }));
}

/** RSS 2.0 for one section's items. */
export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  return feedResponse(sectionFeed((await params).section).rss2(), 'application/rss+xml');
}
