import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermPage } from '@/components/TermPage';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { atLeastOne } from '@/lib/static-params';
import { getQaTag, taxonomies } from '@/lib/taxonomy/site-taxonomies';

type Params = { tag: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return atLeastOne(
    'tag',
    taxonomies.qaTags.map((t) => t.slug),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const tag = getQaTag((await params).tag);
  if (!tag) return {};
  return pageMetadata({
    path: routes.qaTag(tag.slug),
    title: `答记者问标签：${tag.name}`,
    description: `标签“${tag.name}”下的 ${tag.entries.length} 篇答记者问：${tag.entries.map((e) => e.ref.title).join('；')}`.slice(0, 150),
  });
}

export default async function QaTagPage({ params }: { params: Promise<Params> }) {
  const tag = getQaTag((await params).tag);
  if (!tag) notFound();
  return (
    <TermPage
      term={tag}
      heading={`答记者问标签：${tag.name}`}
      trail={[
        { label: '首页', href: routes.home() },
        { label: '答记者问', href: routes.qaList() },
        { label: '标签', href: routes.qaTags() },
      ]}
    />
  );
}
