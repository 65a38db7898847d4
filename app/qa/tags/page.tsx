import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { TermIndex } from '@/components/TermIndex';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { taxonomies } from '@/lib/site/taxonomies';

export const metadata: Metadata = pageMetadata({
  path: routes.qaTags(),
  title: '答记者问标签',
  description: '数字乡村政策答记者问的全部标签，以及每个标签下的文章。',
});

export default function QaTagsPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '答记者问', href: routes.qaList() }, { label: '标签' }]} />
      <h1 className="mb-4 text-2xl font-bold">答记者问标签</h1>
      <TermIndex terms={taxonomies.qaTags} href={routes.qaTag} label="全部标签" unit="篇" />
    </>
  );
}
