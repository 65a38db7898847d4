import Link from 'next/link';
import { routes } from '@/lib/routes';

/** The search entry in the site header. (Placeholder until the search UI lands.) */
export function HeaderSearch() {
  return <Link href={routes.search()}>搜索</Link>;
}
