/**
 * The route handlers that write the reference files at build: one .bib and one .ris per
 * item (`/bulletins/2024-02/2-1-1/citation.bib`) and per Q&A article. Each route.ts takes
 * its handler and params from here, so the four files differ only in their format.
 */
import { allItems, getItem, getQa, qas } from '../content/repository';
import type { CitationFileFormat } from '../routes';
import { citationFileResponse, itemWork, qaWork } from './site-citations';

type ItemParams = { issue: string; item: string };
type QaParams = { slug: string };

export function itemCitationRoute(format: CitationFileFormat) {
  return {
    generateStaticParams: (): ItemParams[] => allItems.map(({ bulletin, item }) => ({ issue: bulletin.id, item: item.id })),
    GET: async (_request: Request, { params }: { params: Promise<ItemParams> }) => {
      const { issue, item } = await params;
      const entry = getItem(issue, item);
      return citationFileResponse(entry && itemWork(entry), format);
    },
  };
}

export function qaCitationRoute(format: CitationFileFormat) {
  return {
    generateStaticParams: (): QaParams[] => qas.map((qa) => ({ slug: qa.slug })),
    GET: async (_request: Request, { params }: { params: Promise<QaParams> }) => {
      const qa = getQa((await params).slug);
      return citationFileResponse(qa && qaWork(qa), format);
    },
  };
}
