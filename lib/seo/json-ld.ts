/**
 * schema.org descriptions of the pages, as JSON-LD: the bulletin as a Periodical, an issue
 * as a PublicationIssue, an item as a NewsArticle, a Q&A as an Article made of questions.
 * Every URL is absolute (SITE_URL and BASE_PATH).
 */
import type { ItemInContext } from '../content/items';
import type { Bulletin, QaArticle } from '../content/types';
import { routes } from '../routes';
import { absoluteUrl, site } from '../settings';

type JsonLd = Record<string, unknown>;

const publisher: JsonLd = { '@type': 'Organization', name: site.publisher };

function periodical(bulletin: Pick<Bulletin, 'series'>): JsonLd {
  return { '@type': 'Periodical', name: bulletin.series, publisher, url: absoluteUrl(routes.bulletins()) };
}

function publicationIssue(bulletin: Bulletin): JsonLd {
  return {
    '@type': 'PublicationIssue',
    '@id': absoluteUrl(routes.bulletin(bulletin.id)),
    name: `${bulletin.series}（${bulletin.label}）`,
    issueNumber: String(bulletin.number),
    url: absoluteUrl(routes.bulletin(bulletin.id)),
    isPartOf: periodical(bulletin),
    ...(bulletin.date ? { datePublished: bulletin.date } : {}),
    inLanguage: site.locale,
  };
}

export function issueJsonLd(bulletin: Bulletin, itemUrls: readonly { title: string; path: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    ...publicationIssue(bulletin),
    publisher,
    hasPart: itemUrls.map((item) => ({ '@type': 'NewsArticle', headline: item.title, url: absoluteUrl(item.path) })),
  };
}

export function itemJsonLd({ item, bulletin, section }: ItemInContext, description: string): JsonLd {
  const url = absoluteUrl(routes.item(bulletin.id, item.id));
  const image = item.blocks.flatMap((b) => (b.kind === 'figure' && b.src ? [b.src.startsWith('/') ? absoluteUrl(b.src) : b.src] : []));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description,
    url,
    mainEntityOfPage: url,
    articleSection: section.name,
    inLanguage: site.locale,
    publisher,
    sourceOrganization: { '@type': 'Organization', name: item.source },
    isPartOf: publicationIssue(bulletin),
    ...(bulletin.date ? { datePublished: bulletin.date } : {}),
    ...(image.length ? { image } : {}),
  };
}

export function qaJsonLd(qa: QaArticle, description: string): JsonLd {
  const url = absoluteUrl(routes.qa(qa.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: qa.title,
    description,
    url,
    mainEntityOfPage: url,
    datePublished: qa.date,
    inLanguage: site.locale,
    author: { '@type': 'Organization', name: qa.source },
    publisher: { '@type': 'Organization', name: qa.source },
    isBasedOn: qa.url,
    ...(qa.tags.length ? { keywords: qa.tags.join(',') } : {}),
    hasPart: qa.questions.map((q) => ({
      '@type': 'Question',
      '@id': `${url}#${q.id}`,
      name: q.title,
      acceptedAnswer: { '@type': 'Answer', text: q.text },
    })),
  };
}

export function websiteJsonLd(): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: absoluteUrl('/'),
    inLanguage: site.locale,
    publisher,
  };
}

/** JSON for a <script> element: `<` escaped so no text in the data can close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
