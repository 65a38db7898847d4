import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Link } from '@/components/Link';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { taxonomies } from '@/lib/site/taxonomies';

export const metadata: Metadata = pageMetadata({
  path: routes.years(),
  title: '按年份',
  description: '按年份浏览《数字乡村发展动态》各期与数字乡村政策答记者问。',
});

export default function YearsPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '按年份' }]} />
      <h1 className="mb-4 text-2xl font-bold">按年份</h1>
      <ul className="space-y-1">
        {taxonomies.years.map((y) => (
          <li key={y.year}>
            <Link href={routes.year(y.year)}>{y.year}年</Link>
            <span className="text-sm text-muted">
              （{y.issues.length} 期，{y.qas.length} 篇答记者问）
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
