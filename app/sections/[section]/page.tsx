import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ItemList } from '@/components/ItemList';
import { Link } from '@/components/Link';
import { findSection, SECTIONS } from '@/lib/content/sections';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { site, withBasePath } from '@/lib/settings';
import { itemsInSection, sectionCounts } from '@/lib/site/content';
import { pageRoutes } from '@/lib/site/pages';
import { staticParams } from '@/lib/site/static-params';

type Params = { section: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return staticParams(pageRoutes.section);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const section = findSection((await params).section);
  if (!section) return {};
  return pageMetadata({
    path: routes.section(section.slug),
    title: `${section.name}栏目`,
    description: `${section.name}：${section.description}`,
    ownFeed: { path: routes.sectionFeed(section.slug), title: `${site.name}·${section.name}（RSS）` },
  });
}

export default async function SectionPage({ params }: { params: Promise<Params> }) {
  const section = findSection((await params).section);
  if (!section) notFound();
  const entries = itemsInSection(section.slug);
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: `${section.name}栏目` }]} />
      <h1 className="mb-2 text-2xl font-bold">{section.name}</h1>
      <p className="mb-4 text-muted">
        {section.description}{' '}
        <a href={withBasePath(routes.sectionFeed(section.slug))} type="application/rss+xml" className="no-print">
          订阅本栏目（RSS）
        </a>
      </p>
      <nav aria-label="栏目" className="no-print mb-6">
        <ul className="flex flex-wrap gap-x-4">
          {SECTIONS.map((s) => (
            <li key={s.slug}>
              {s.slug === section.slug ? (
                <span aria-current="page" className="font-bold">
                  {s.name}（{sectionCounts.get(s.slug) ?? 0}）
                </span>
              ) : (
                <Link href={routes.section(s.slug)}>
                  {s.name}（{sectionCounts.get(s.slug) ?? 0}）
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {entries.length > 0 ? <ItemList entries={entries} label={`${section.name}的全部条目`} /> : <p>本栏目暂无条目。</p>}
    </>
  );
}
