import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermPage } from '@/components/TermPage';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { atLeastOne } from '@/lib/static-params';
import { getPolicy, taxonomies } from '@/lib/taxonomy/site-taxonomies';

type Params = { policy: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return atLeastOne(
    'policy',
    taxonomies.policies.map((p) => p.slug),
  );
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const policy = getPolicy((await params).policy);
  if (!policy) return {};
  return pageMetadata({
    path: routes.policy(policy.slug),
    title: `《${policy.name}》`,
    description: `引用《${policy.name}》的 ${policy.entries.length} 处内容：《数字乡村发展动态》条目与答记者问。`,
  });
}

export default async function PolicyPage({ params }: { params: Promise<Params> }) {
  const policy = getPolicy((await params).policy);
  if (!policy) notFound();
  return (
    <TermPage
      term={policy}
      heading={`《${policy.name}》`}
      intro={<p>引用这份文件的条目与问题（含文中定义的简称）。</p>}
      trail={[
        { label: '首页', href: routes.home() },
        { label: '政策文件', href: routes.policies() },
      ]}
    />
  );
}
