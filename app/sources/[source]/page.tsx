import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermPage } from '@/components/TermPage';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { atLeastOne } from '@/lib/static-params';
import { getSource, taxonomies } from '@/lib/taxonomy/site-taxonomies';

type Params = { source: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return atLeastOne(
    'source',
    taxonomies.sources.map((s) => s.slug),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const source = getSource((await params).source);
  if (!source) return {};
  return pageMetadata({
    path: routes.source(source.slug),
    title: `信息来源：${source.name}`,
    description: `《数字乡村发展动态》中信息来源为${source.name}的全部 ${source.entries.length} 条内容：${source.entries
      .slice(0, 3)
      .map((e) => e.ref.title)
      .join('；')}。`,
  });
}

export default async function SourcePage({ params }: { params: Promise<Params> }) {
  const source = getSource((await params).source);
  if (!source) notFound();
  return (
    <TermPage
      term={source}
      heading={`信息来源：${source.name}`}
      intro={<p>注明来源为{source.name}的条目与文章。</p>}
      trail={[
        { label: '首页', href: routes.home() },
        { label: '信息来源', href: routes.sources() },
      ]}
    />
  );
}
