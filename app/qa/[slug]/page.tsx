import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CopyLink } from '@/components/CopyLink';
import { CitePanel } from '@/components/cite/CitePanel';
import { JsonLd } from '@/components/JsonLd';
import { Link } from '@/components/Link';
import { RelatedTerms, termGroups } from '@/components/RelatedTerms';
import { SharePanel } from '@/components/SharePanel';
import { highwireTags } from '@/lib/cite/highwire';
import type { QaArticle } from '@/lib/content/types';
import { formatDateTime } from '@/lib/dates';
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
      <article aria-labelledby="qa-title">
        <h1 id="qa-title" className="mb-2 text-2xl font-bold">
          {qa.title}
        </h1>
        <p className="mb-4 text-sm text-muted">
          <time dateTime={qa.date}>{formatDateTime(qa.date)}</time> · 来源：{qa.source} ·{' '}
          <a href={qa.url} rel="noopener">
            原文链接
          </a>
          {terms && terms.tags.length > 0 && (
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
          )}
        </p>
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
        {qa.intro && (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized at build time by lib/content/markdown.ts
          <div className="prose-cjk" dangerouslySetInnerHTML={{ __html: qa.intro.html }} />
        )}
        {qa.questions.map((q) => (
          <section key={q.id} id={q.id} aria-labelledby={`${q.id}-title`} className="mb-8">
            <h2 id={`${q.id}-title`} className="mb-2 text-xl font-bold">
              {q.title}
            </h2>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized at build time by lib/content/markdown.ts */}
            <div className="prose-cjk" dangerouslySetInnerHTML={{ __html: q.html }} />
            <p className="text-right">
              <CopyLink
                href={withBasePath(routes.question(qa.slug, q.id))}
                url={absoluteUrl(routes.question(qa.slug, q.id))}
                title={q.title}
              />
            </p>
            <CitePanel work={qaWork(qa, q.id)} files={files} label={q.title} />
          </section>
        ))}
        <p className="mt-8 border-t border-line pt-4 text-sm">
          来源：{qa.source}。原文：
          <a href={qa.url} rel="noopener" className="break-all">
            {qa.url}
          </a>
        </p>
        <SharePanel path={routes.qa(qa.slug)} title={qa.title} />
        {terms && (
          <RelatedTerms
            groups={[
              ...termGroups(terms),
              { label: '分类', terms: terms.categories, href: routes.qaCategory },
              { label: '标签', terms: terms.tags, href: routes.qaTag },
            ]}
          />
        )}
      </article>
    </>
  );
}
