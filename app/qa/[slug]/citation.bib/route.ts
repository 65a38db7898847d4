import { qaCitationRoute } from '@/lib/cite/citation-routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** The Q&A article's reference as a .bib file, written at build. */
const route = qaCitationRoute('bib');
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
