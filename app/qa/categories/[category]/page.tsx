import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermPage } from '@/components/TermPage';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { atLeastOne } from '@/lib/static-params';
import { getQaCategory, taxonomies } from '@/lib/taxonomy/site-taxonomies';

type Params = { category: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return atLeastOne(
    'category',
    taxonomies.qaCategories.map((c) => c.slug),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const category = getQaCategory((await params).category);
  if (!category) return {};
  return pageMetadata({
    path: routes.qaCategory(category.slug),
    title: `答记者问分类：${category.name}`,
    description:
      `分类“${category.name}”下的 ${category.entries.length} 篇答记者问：${category.entries.map((e) => e.ref.title).join('；')}`.slice(
        0,
        150,
      ),
  });
}

export default async function QaCategoryPage({ params }: { params: Promise<Params> }) {
  const category = getQaCategory((await params).category);
  if (!category) notFound();
  return (
    <TermPage
      term={category}
      heading={`答记者问分类：${category.name}`}
      trail={[
        { label: '首页', href: routes.home() },
        { label: '答记者问', href: routes.qaList() },
        { label: '分类', href: routes.qaCategories() },
      ]}
    />
  );
}
