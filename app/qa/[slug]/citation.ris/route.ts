import { citationFileResponse, qaWork } from '@/lib/cite/site-citations';
import { getQa, qas } from '@/lib/content/repository';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { slug: string };

export function generateStaticParams(): Params[] {
  return qas.map((qa) => ({ slug: qa.slug }));
}

/** The Q&A article's reference as a .ris file, written at build. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const qa = getQa((await params).slug);
  return citationFileResponse(qa && qaWork(qa), 'ris');
}
