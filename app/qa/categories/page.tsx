import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { TermIndex } from '@/components/TermIndex';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { taxonomies } from '@/lib/site/taxonomies';

export const metadata: Metadata = pageMetadata({
  path: routes.qaCategories(),
  title: '答记者问分类',
  description: '数字乡村政策答记者问的全部分类，以及每个分类下的文章。',
});

export default function QaCategoriesPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '答记者问', href: routes.qaList() }, { label: '分类' }]} />
      <h1 className="mb-4 text-2xl font-bold">答记者问分类</h1>
      <TermIndex terms={taxonomies.qaCategories} href={routes.qaCategory} label="全部分类" unit="篇" />
    </>
  );
}
