import type { Metadata } from 'next';
import Link from 'next/link';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: '页面不存在', description: '您访问的页面不存在。' };

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
