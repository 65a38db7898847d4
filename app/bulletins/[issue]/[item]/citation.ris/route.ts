import { itemCitationRoute } from '@/lib/cite/citation-routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** The item's reference as a .ris file, written at build. */
const route = itemCitationRoute('ris');
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
