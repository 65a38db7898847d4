import { feedResponse, siteFeed } from '@/lib/site/feeds';

export const dynamic = 'force-static';

/** Atom 1.0: the latest items and Q&As in full text. */
export function GET() {
  return feedResponse(siteFeed().atom1(), 'application/atom+xml');
}
