import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermPage } from '@/components/TermPage';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { atLeastOne } from '@/lib/static-params';
import { getRegion, taxonomies } from '@/lib/taxonomy/site-taxonomies';

type Params = { region: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return atLeastOne(
    'region',
    taxonomies.regions.map((r) => r.slug),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const region = getRegion((await params).region);
  if (!region) return {};
  return pageMetadata({
    path: routes.region(region.slug),
    title: `地区：${region.region.fullName}`,
    description: `《数字乡村发展动态》中提到${region.region.fullName}的 ${region.entries.length} 条内容：${region.entries
      .slice(0, 3)
      .map((e) => e.ref.title)
      .join('；')}。`,
  });
}

export default async function RegionPage({ params }: { params: Promise<Params> }) {
  const region = getRegion((await params).region);
  if (!region) notFound();
  return (
    <TermPage
      term={region}
      heading={region.region.fullName}
      intro={<p>正文提到{region.region.fullName}的条目；每条后面列出文中据以归类的地名。</p>}
      trail={[
        { label: '首页', href: routes.home() },
        { label: '地区', href: routes.regions() },
      ]}
    />
  );
}
