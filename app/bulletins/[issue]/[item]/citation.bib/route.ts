import { itemCitationRoute } from '@/lib/cite/citation-routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** The item's reference as a .bib file, written at build. */
const route = itemCitationRoute('bib');
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
