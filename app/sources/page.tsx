import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { TermIndex } from '@/components/TermIndex';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { taxonomies } from '@/lib/site/taxonomies';

export const metadata: Metadata = pageMetadata({
  path: routes.sources(),
  title: '信息来源',
  description: '《数字乡村发展动态》各条目与答记者问的信息来源：新华社、网信中国、农业农村部等，每个来源的全部条目。',
});

export default function SourcesPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '信息来源' }]} />
      <h1 className="mb-2 text-2xl font-bold">信息来源</h1>
      <p className="mb-4 text-muted">每条动态末尾注明的信息来源，以及答记者问的文章来源，按条目数排列。</p>
      <TermIndex terms={taxonomies.sources} href={routes.source} label="全部信息来源" />
    </>
  );
}
