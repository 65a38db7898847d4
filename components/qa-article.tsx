import type { ReactNode } from 'react';
import type { QaArticle, QaQuestion } from '@/lib/content/types';
import { formatDateTime } from '@/lib/dates';

/** The class of a Q&A article's question headings (the CMS preview sets a draft's `##` headings in it too). */
export const QUESTION_HEADING = 'mb-2 text-xl font-bold';

/** What only the site has, each in its place in the article; the CMS preview leaves them out. */
interface Parts {
  /** At the end of the line under the title, after 原文链接: the article's tags, linked to their pages. */
  tags?: ReactNode;
  /** Between that line and the intro: the list of questions, linked to their anchors. */
  contents?: ReactNode;
  /** After a question's answer: its link to copy. */
  actions?: (question: QaQuestion) => ReactNode;
  /** After that: its citation panel. */
  cite?: (question: QaQuestion) => ReactNode;
  /** After the closing 来源 line: the share panel. */
  share?: ReactNode;
  /** Last: the related terms. */
  related?: ReactNode;
}

/**
 * A Q&A article: its title, the date and 来源 line, the intro, each question with its anchor,
 * and the closing 来源 line: the markup the article's page and the CMS preview share. Called as
 * a function, not rendered as a component (like issueSections): the page's element tree, and
 * with it the React Server Components payload in its HTML, stays as it was when the article
 * was written out in the page.
 */
export function qaArticle(qa: QaArticle, { tags, contents, actions, cite, share, related }: Parts = {}) {
  return (
    <article aria-labelledby="qa-title">
      <h1 id="qa-title" className="mb-2 text-2xl font-bold">
        {qa.title}
      </h1>
      <p className="mb-4 text-sm text-muted">
        <time dateTime={qa.date}>{formatDateTime(qa.date)}</time> · 来源：{qa.source} ·{' '}
        <a href={qa.url} rel="noopener">
          原文链接
        </a>
        {tags}
      </p>
      {contents}
      {qa.intro && (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by lib/content/markdown.ts (at build time for the site, in the browser for the preview)
        <div className="prose-cjk" dangerouslySetInnerHTML={{ __html: qa.intro.html }} />
      )}
      {qa.questions.map((q) => (
        <section key={q.id} id={q.id} aria-labelledby={`${q.id}-title`} className="mb-8">
          <h2 id={`${q.id}-title`} className={QUESTION_HEADING}>
            {q.title}
          </h2>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by lib/content/markdown.ts (at build time for the site, in the browser for the preview) */}
          <div className="prose-cjk" dangerouslySetInnerHTML={{ __html: q.html }} />
          {actions?.(q)}
          {cite?.(q)}
        </section>
      ))}
      <p className="mt-8 border-t border-line pt-4 text-sm">
        来源：{qa.source}。原文：
        <a href={qa.url} rel="noopener" className="break-all">
          {qa.url}
        </a>
      </p>
      {share}
      {related}
    </article>
  );
}
