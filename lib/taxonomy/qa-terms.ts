import { fallbackSlug, nameKey } from './slug';

/** Display names for Q&A categories (front matter keeps them as ASCII slugs). */
export const QA_CATEGORY_NAMES: Readonly<Record<string, string>> = {
  wangxinzhongguo: '网信中国',
};

/** Readable slugs for free tags; others get `tag-3f9a2c`, or the slugged tag when it is ASCII already. */
export const KNOWN_TAGS = [{ name: '网信中国新闻', slug: 'wangxin-zhongguo-news' }] as const satisfies readonly {
  name: string;
  slug: string;
}[];

const tagsByKey = new Map<string, string>(KNOWN_TAGS.map((t) => [nameKey(t.name), t.slug]));

export function categoryName(slug: string): string {
  return QA_CATEGORY_NAMES[slug] ?? slug;
}

export function tagSlug(tag: string): string {
  return tagsByKey.get(nameKey(tag)) ?? fallbackSlug(tag, 'tag');
}
