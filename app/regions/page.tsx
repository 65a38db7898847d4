import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { RegionMap } from '@/components/RegionMap';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { taxonomies } from '@/lib/site/taxonomies';

export const metadata: Metadata = pageMetadata({
  path: routes.regions(),
  title: '地区',
  description: '按省级行政区浏览《数字乡村发展动态》：地图上每个省、自治区、直辖市和特别行政区的条目数，以及提到各地的全部条目。',
});

export default function RegionsPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '地区' }]} />
      <h1 className="mb-2 text-2xl font-bold">地区</h1>
      <p className="mb-4 text-muted">
        条目按正文提到的省级行政区归类（如“江西省高安市”归江西，“浙江丽水”归浙江）；只认明确的地名，宁缺毋滥。
      </p>
      <RegionMap counts={taxonomies.regionCounts} />
    </>
  );
}
