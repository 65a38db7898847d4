import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { bulletinsByYear } from '@/lib/site/content';

export const metadata: Metadata = pageMetadata({
  path: routes.bulletins(),
  title: '往期',
  description: '《数字乡村发展动态》全部各期，按年份排列，最新在前。',
});

export default function BulletinsPage() {
  const years = bulletinsByYear();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">往期</h1>
      {years.map(([year, list]) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mb-6">
          <h2 id={`year-${year}`} className="mb-2 text-xl font-bold">
            {year}年
          </h2>
          <p className="mb-1 text-sm">
            <Link href={routes.year(year)}>{year}年全部条目与答记者问</Link>
          </p>
          <ul className="space-y-1">
            {list.map((bulletin) => (
              <li key={bulletin.id}>
                <Link href={routes.bulletin(bulletin.id)}>
                  {bulletin.series}（{bulletin.label}）
                </Link>
                {bulletin.summary && <p className="text-sm text-muted">{bulletin.summary}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
