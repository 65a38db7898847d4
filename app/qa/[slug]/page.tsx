import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CopyLink } from '@/components/CopyLink';
import { CitePanel } from '@/components/cite/CitePanel';
import { JsonLd } from '@/components/JsonLd';
import { Link } from '@/components/Link';
import { qaArticle } from '@/components/qa-article';
import { RelatedTerms, termGroups } from '@/components/RelatedTerms';
import { SharePanel } from '@/components/SharePanel';
import { highwireTags } from '@/lib/cite/highwire';
import type { QaArticle } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { qaJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, withBasePath } from '@/lib/settings';
import { qaWork } from '@/lib/site/citations';
import { getQa } from '@/lib/site/content';
import { pageRoutes } from '@/lib/site/pages';
import { staticParams } from '@/lib/site/static-params';
import { termsOfQa } from '@/lib/site/taxonomies';

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return staticParams(pageRoutes.qa);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const qa = getQa((await params).slug);
  if (!qa) return {};
  return {
    ...pageMetadata({
      path: routes.qa(qa.slug),
      title: qa.title,
      description: qaDescription(qa),
      type: 'article',
      publishedTime: qa.date,
      tags: qa.tags,
    }),
    other: highwireTags(qaWork(qa)),
  };
}

function qaDescription(qa: QaArticle): string {
  return qa.summary ?? `${qa.source}：${qa.questions.map((q) => q.title).join(' ')}`.slice(0, 150);
}

export default async function QaPage({ params }: { params: Promise<Params> }) {
  const qa = getQa((await params).slug);
  if (!qa) notFound();
  const terms = termsOfQa(qa.slug);
  // One pair of reference files per article; each question's panel offers them.
  const files = { bib: withBasePath(routes.qaCitation(qa.slug, 'bib')), ris: withBasePath(routes.qaCitation(qa.slug, 'ris')) };
  return (
    <>
      <JsonLd data={qaJsonLd(qa, qaDescription(qa))} />
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '答记者问', href: routes.qaList() }, { label: qa.title }]} />
      {qaArticle(qa, {
        tags: terms && terms.tags.length > 0 && (
          <>
            {' '}
            · 标签：
            {terms.tags.map((tag, index) => (
              <Fragment key={tag.slug}>
                {index > 0 && '、'}
                <Link href={routes.qaTag(tag.slug)}>{tag.name}</Link>
              </Fragment>
            ))}
          </>
        ),
        contents: (
          <nav aria-labelledby="qa-questions" className="mb-8 rounded border border-line bg-surface p-4">
            <h2 id="qa-questions" className="mb-2 text-lg font-bold">
              问题列表
            </h2>
            <ol className="list-none space-y-1">
              {qa.questions.map((q) => (
                <li key={q.id}>
                  <a href={`#${q.id}`}>{q.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        ),
        actions: (q) => (
          <p className="text-right">
            <CopyLink
              href={withBasePath(routes.question(qa.slug, q.id))}
              url={absoluteUrl(routes.question(qa.slug, q.id))}
              title={q.title}
            />
          </p>
        ),
        cite: (q) => <CitePanel work={qaWork(qa, q.id)} files={files} label={q.title} />,
        share: <SharePanel path={routes.qa(qa.slug)} title={qa.title} />,
        related: terms && (
          <RelatedTerms
            groups={[
              ...termGroups(terms),
              { label: '分类', terms: terms.categories, href: routes.qaCategory },
              { label: '标签', terms: terms.tags, href: routes.qaTag },
            ]}
          />
        ),
      })}
    </>
  );
}
