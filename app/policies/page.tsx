import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { TermIndex } from '@/components/TermIndex';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { taxonomies } from '@/lib/site/taxonomies';

export const metadata: Metadata = pageMetadata({
  path: routes.policies(),
  title: '政策文件',
  description: '《数字乡村发展动态》与答记者问中引用的全部政策文件（《…》），以及引用每份文件的条目和问题。',
});

export default function PoliciesPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '政策文件' }]} />
      <h1 className="mb-2 text-2xl font-bold">政策文件</h1>
      <p className="mb-4 text-muted">条目和答记者问中以书名号引用的文件，按引用次数排列。文中“以下简称”的简称计入其全称。</p>
      <TermIndex terms={taxonomies.policies} href={routes.policy} label="全部政策文件" unit="处引用" />
    </>
  );
}
