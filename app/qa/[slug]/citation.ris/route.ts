import { qaCitationRoute } from '@/lib/cite/citation-routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** The Q&A article's reference as a .ris file, written at build. */
const route = qaCitationRoute('ris');
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
