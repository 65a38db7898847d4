import { citationFileResponse, itemWork } from '@/lib/cite/site-citations';
import { allItems, getItem } from '@/lib/content/repository';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { issue: string; item: string };

export function generateStaticParams(): Params[] {
  return allItems.map(({ bulletin, item }) => ({ issue: bulletin.id, item: item.id }));
}

/** The item's reference as a .ris file, written at build. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { issue, item } = await params;
  const entry = getItem(issue, item);
  return citationFileResponse(entry && itemWork(entry), 'ris');
}
