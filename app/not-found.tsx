import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { routes } from '@/lib/routes';
import { feedAlternates } from '@/lib/seo/metadata';

// No canonical: the 404 page stands for no address of its own, and is not to be indexed.
export const metadata: Metadata = {
  title: '页面不存在',
  description: '您访问的页面不存在。',
  alternates: { canonical: null, types: feedAlternates() },
  robots: { index: false, follow: true },
};

export default function NotFound() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">页面不存在</h1>
      <p>
        您访问的页面不存在或已移动。可以回到<Link href={routes.home()}>首页</Link>、浏览<Link href={routes.bulletins()}>往期</Link>，或
        <Link href={routes.search()}>搜索</Link>。
      </p>
    </>
  );
}
