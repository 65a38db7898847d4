import type { Metadata } from 'next';
import { routes } from '../routes';
import { absoluteUrl, site } from '../settings';

/** The site-wide feeds, announced on every page with <link rel="alternate">. */
export function feedAlternates(extraRss: readonly { url: string; title: string }[] = []): NonNullable<Metadata['alternates']>['types'] {
  return {
    'application/rss+xml': [{ url: absoluteUrl(routes.rss()), title: `${site.name}（RSS）` }, ...extraRss],
    'application/atom+xml': [{ url: absoluteUrl(routes.atom()), title: `${site.name}（Atom）` }],
    'application/feed+json': [{ url: absoluteUrl(routes.jsonFeed()), title: `${site.name}（JSON Feed）` }],
  };
}

/** The sharing card every page shows in chat apps and social sites: 1200×630, drawn by npm run draw:icons (lib/generators/icons.ts). */
export function sharingCard() {
  return { url: absoluteUrl('/og-card.png'), width: 1200, height: 630, type: 'image/png', alt: site.name };
}

export interface PageMetadataInput {
  /** Site path of the page: `/bulletins/2024-02/`. */
  path: string;
  title: string;
  /** The home page's title stands alone, without the `· 数字乡村发展动态` suffix. */
  absoluteTitle?: boolean;
  description: string;
  /** OpenGraph type: article pages say so, with their times. */
  type?: 'website' | 'article';
  publishedTime?: string;
  modifiedTime?: string;
  section?: string;
  tags?: readonly string[];
  /** A feed of this page's own content (a section's), announced beside the site-wide ones. */
  ownFeed?: { path: string; title: string };
}

/**
 * Title, description, canonical URL, feeds, OpenGraph and Twitter card for one page.
 * Every page goes through here, because a page's `alternates` replaces the layout's
 * whole: the feed links must be repeated with each canonical.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const url = absoluteUrl(input.path);
  const common = { title: input.title, description: input.description, url, siteName: site.name, locale: 'zh_CN', images: [sharingCard()] };
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description: input.description,
    alternates: {
      canonical: url,
      types: feedAlternates(input.ownFeed ? [{ url: absoluteUrl(input.ownFeed.path), title: input.ownFeed.title }] : []),
    },
    openGraph:
      input.type === 'article'
        ? {
            ...common,
            type: 'article',
            ...(input.publishedTime ? { publishedTime: input.publishedTime } : {}),
            ...(input.modifiedTime ? { modifiedTime: input.modifiedTime } : {}),
            ...(input.section ? { section: input.section } : {}),
            ...(input.tags?.length ? { tags: [...input.tags] } : {}),
          }
        : { ...common, type: 'website' },
    twitter: { card: 'summary_large_image', title: input.title, description: input.description, images: [sharingCard()] },
  };
}
