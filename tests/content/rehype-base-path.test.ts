import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseQaFile, RESERVED_QA_SLUGS } from '@/lib/content/qa-file';
import { rehypeBasePath } from '@/lib/content/rehype-base-path';
import { ASCII_SLUG } from '@/lib/routes';
import { SEED_QA } from './helpers';

const prefix = (html: string, basePath = '/shuzi-xiangcun') =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeBasePath, { basePath }).use(rehypeStringify).processSync(html));

describe('rehypeBasePath', () => {
  it('prefixes internal links and images with the base path', () => {
    expect(prefix('<a href="/bulletins/2024-02/">本期</a><img src="/images/2024-02/fig1.jpg" alt="现场">')).toBe(
      '<a href="/shuzi-xiangcun/bulletins/2024-02/">本期</a><img src="/shuzi-xiangcun/images/2024-02/fig1.jpg" alt="现场">',
    );
  });

  it('leaves external, protocol-relative, anchor, relative and already prefixed URLs alone', () => {
    const html =
      '<a href="https://www.news.cn/">甲</a><a href="//cdn.example/x">乙</a><a href="#q1">丙</a><a href="images/a.jpg">丁</a><a href="/shuzi-xiangcun/qa/">戊</a><a href="mailto:a@b.cn">己</a>';
    expect(prefix(html)).toBe(html);
  });

  it('does nothing without a base path, and nothing more when run twice', () => {
    expect(prefix('<a href="/qa/">问答</a>', '')).toBe('<a href="/qa/">问答</a>');
    expect(prefix(prefix('<a href="/qa/">问答</a>'))).toBe('<a href="/shuzi-xiangcun/qa/">问答</a>');
  });
});

describe('reserved Q&A slugs', () => {
  it('refuses a Q&A file named like a page of the site', () => {
    for (const slug of RESERVED_QA_SLUGS) {
      expect(ASCII_SLUG.test(slug)).toBe(true);
      const { article, problems } = parseQaFile(SEED_QA, `content/qa/${slug}.md`);
      expect(article).toBeUndefined();
      expect(problems.map((i) => i.message)).toContainEqual(expect.stringContaining(`"${slug}" is reserved`));
    }
  });
});
