import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { TermIndex } from '@/components/TermIndex';
import { formatDateTime } from '@/lib/dates';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { qas } from '@/lib/site/content';
import { taxonomies } from '@/lib/site/taxonomies';

export const metadata: Metadata = pageMetadata({
  path: routes.qaList(),
  title: '答记者问',
  description: '数字乡村相关政策的答记者问与解读文章。',
});

export default function QaListPage() {
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">答记者问</h1>
      <ul className="space-y-3">
        {qas.map((qa) => (
          <li key={qa.slug} className="rounded border border-line bg-surface p-3">
            <Link href={routes.qa(qa.slug)} className="font-bold">
              {qa.title}
            </Link>
            <p className="text-sm text-muted">
              <time dateTime={qa.date}>{formatDateTime(qa.date)}</time> · {qa.source} · {qa.questions.length} 个问题
            </p>
          </li>
        ))}
      </ul>
      <div className="mt-8 grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="qa-categories">
          <h2 id="qa-categories" className="mb-2 text-lg font-bold">
            <Link href={routes.qaCategories()}>分类</Link>
          </h2>
          <TermIndex terms={taxonomies.qaCategories} href={routes.qaCategory} label="全部分类" unit="篇" />
        </section>
        <section aria-labelledby="qa-tags">
          <h2 id="qa-tags" className="mb-2 text-lg font-bold">
            <Link href={routes.qaTags()}>标签</Link>
          </h2>
          <TermIndex terms={taxonomies.qaTags} href={routes.qaTag} label="全部标签" unit="篇" />
        </section>
      </div>
    </>
  );
}
