import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Link } from '@/components/Link';
import { RegionMap } from '@/components/RegionMap';
import { IssueSectionChart } from '@/components/stats/IssueSectionChart';
import { RankedBars } from '@/components/stats/RankedBars';
import { RegionYearChart } from '@/components/stats/RegionYearChart';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { allItems, bulletins, qas } from '@/lib/site/content';
import { taxonomies } from '@/lib/site/taxonomies';
import { archiveYears, itemsPerIssue, regionsByYear, topTerms } from '@/lib/stats/archive-stats';
import { REGIONS } from '@/lib/taxonomy/regions';

export const metadata: Metadata = pageMetadata({
  path: routes.stats(),
  title: '统计',
  description: '《数字乡村发展动态》全部期次的统计图：每期各栏目条目数、最常见的信息来源、引用最多的政策文件，以及各省逐年被提及的条目数。',
});

/** Ranked charts show this many terms: the rest are on the term index pages. */
const TOP = 15;

export default function StatsPage() {
  const regions = regionsByYear(taxonomies.regions);
  const years = archiveYears(bulletins);
  const regionTotals = new Map(REGIONS.map((region) => [region.slug, regions.find((r) => r.slug === region.slug)?.total ?? 0]));
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '统计' }]} />
      <h1 className="mb-2 text-2xl font-bold">统计</h1>
      <p className="mb-8 text-muted">
        本站收录 {bulletins.length} 期、{allItems.length} 个条目和 {qas.length}{' '}
        篇答记者问。下面的图由全部内容在构建时生成，每张图下有数据表； 原始数据可在<Link href={routes.data()}>开放数据</Link>下载。
      </p>
      <IssueSectionChart issues={itemsPerIssue(bulletins)} />
      <RankedBars
        id="chart-sources"
        title="最常见的信息来源"
        caption={`条目和答记者问注明的信息来源，按出现次数排列，前 ${TOP} 个。`}
        terms={topTerms(taxonomies.sources, TOP)}
        href={routes.source}
        value={(term) => `${term.count} 条`}
        columns={[
          { heading: '条目和文章', cell: (term) => term.count },
          { heading: '期数', cell: (term) => term.issues },
        ]}
      />
      <RankedBars
        id="chart-policies"
        title="引用最多的政策文件"
        caption={`条目和答记者问以书名号引用的文件，按引用次数排列，前 ${TOP} 个；括号内为引用它的期数。`}
        terms={topTerms(taxonomies.policies, TOP)}
        href={routes.policy}
        value={(term) => `${term.count} 处（${term.issues} 期）`}
        columns={[
          { heading: '引用次数', cell: (term) => term.count },
          { heading: '引用它的期数', cell: (term) => term.issues },
        ]}
      />
      <section aria-labelledby="chart-region-map" className="mb-12">
        <h2 id="chart-region-map" className="mb-2 text-xl font-bold">
          各地条目数
        </h2>
        <p className="mb-4 text-muted">各期条目提到的省级行政区，按全部年份合计。</p>
        <RegionMap counts={regionTotals} />
      </section>
      {years.length > 1 ? (
        <RegionYearChart regions={regions} years={years} />
      ) : (
        <p className="mb-12 text-muted">目前收录的条目都在 {years[0] ?? '同一'} 年，有了更多年份后，这里会逐年列出各地的条目数。</p>
      )}
    </>
  );
}
