import { feedResponse, siteFeed } from '@/lib/site/feeds';

export const dynamic = 'force-static';

/** RSS 2.0: the latest items and Q&As in full text. */
export function GET() {
  return feedResponse(siteFeed().rss2(), 'application/rss+xml');
}
