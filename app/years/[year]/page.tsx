import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ItemList } from '@/components/ItemList';
import { Link } from '@/components/Link';
import { PrevNext } from '@/components/PrevNext';
import { formatDateTime } from '@/lib/dates';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { itemsOfIssue } from '@/lib/site/content';
import { pageRoutes } from '@/lib/site/pages';
import { staticParams } from '@/lib/site/static-params';
import { getYear, taxonomies } from '@/lib/site/taxonomies';

type Params = { year: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return staticParams(pageRoutes.year);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const archive = getYear(Number((await params).year));
  if (!archive) return {};
  return pageMetadata({
    path: routes.year(archive.year),
    title: `${archive.year}年`,
    description: `${archive.year}年的《数字乡村发展动态》（${archive.issues.length} 期）与答记者问（${archive.qas.length} 篇）。`,
  });
}

export default async function YearPage({ params }: { params: Promise<Params> }) {
  const archive = getYear(Number((await params).year));
  if (!archive) notFound();
  const { previous, next } = neighbourYears(archive.year);
  return (
    <>
      <Breadcrumbs
        trail={[{ label: '首页', href: routes.home() }, { label: '按年份', href: routes.years() }, { label: `${archive.year}年` }]}
      />
      <h1 className="mb-4 text-2xl font-bold">{archive.year}年</h1>
      {archive.issues.map((issue) => (
        <section key={issue.id} aria-labelledby={`issue-${issue.id}`} className="mb-8">
          <h2 id={`issue-${issue.id}`} className="mb-2 text-xl font-bold">
            <Link href={routes.bulletin(issue.id)}>{issue.label}</Link>
            <span className="text-base font-normal text-muted">（{issue.itemCount} 条）</span>
          </h2>
          <ItemList entries={itemsOfIssue(issue.id)} label={`${issue.label}的全部条目`} />
        </section>
      ))}
      {archive.qas.length > 0 && (
        <section aria-labelledby="year-qas" className="mb-8">
          <h2 id="year-qas" className="mb-2 text-xl font-bold">
            答记者问
          </h2>
          <ul className="space-y-2">
            {archive.qas.map((qa) => (
              <li key={qa.slug}>
                <Link href={routes.qa(qa.slug)}>{qa.title}</Link>
                <span className="text-sm text-muted">
                  {' '}
                  · <time dateTime={qa.date}>{formatDateTime(qa.date)}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PrevNext
        label="相邻年份"
        previous={previous ? { href: routes.year(previous), label: `${previous}年` } : undefined}
        next={next ? { href: routes.year(next), label: `${next}年` } : undefined}
      />
    </>
  );
}

function neighbourYears(year: number): { previous?: number; next?: number } {
  const years = taxonomies.years.map((y) => y.year);
  const index = years.indexOf(year);
  return { previous: years[index + 1], next: index > 0 ? years[index - 1] : undefined };
}
