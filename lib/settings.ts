/** Site-wide settings as typed data, in one place. */
export const site = {
  name: '数字乡村发展动态',
  shortName: '数字乡村动态',
  description: '中国信息通信研究院《数字乡村发展动态》各期全文与数字乡村政策答记者问：在线阅读、检索与引用。',
  publisher: '中国信息通信研究院',
  /** Canonical origin for absolute URLs (feeds, sitemap, canonical links). */
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
  /** Subpath the site is served under, '' at the root of a domain. */
  basePath: process.env.NEXT_PUBLIC_BASE_PATH ?? process.env.BASE_PATH ?? '',
  locale: 'zh-CN',
} as const;

/** Absolute URL of a site path, for canonical links, feeds and the sitemap. */
export function absoluteUrl(pathname: string): string {
  return `${site.url}${site.basePath}${pathname}`;
}

/** A site path as a raw href: `<Link>` adds the base path itself, a plain `<a>` or `<img>` needs this. */
export function withBasePath(pathname: string): string {
  return `${site.basePath}${pathname}`;
}
