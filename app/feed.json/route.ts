import { feedResponse, siteFeed } from '@/lib/site/feeds';

export const dynamic = 'force-static';

/** JSON Feed: the latest items and Q&As in full text. */
export function GET() {
  return feedResponse(siteFeed().json1(), 'application/feed+json');
}
