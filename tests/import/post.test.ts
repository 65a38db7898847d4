import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { formatImportError } from '../../lib/import/errors';
import { importPost, jekyllDate } from '../../lib/import/post';
import { resolveSlug } from '../../lib/import/slug';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
/** A copy of shared/seeds/004_c1a3402a308d578a.txt. */
const SEED = 'tests/fixtures/import/seeds/004_c1a3402a308d578a.txt';
const POSTS = 'tests/fixtures/import/posts';

function imported(file: string, slug?: string) {
  const result = importPost(read(file), { file, ...(slug ? { slug } : {}) });
  if (!result.ok) throw new Error(result.errors.map((e) => formatImportError(file, e)).join('\n'));
  return result.value;
}

const key = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

/**
 * Every text node of the HTML body, and every front matter value but `layout`, must appear
 * in the output. Boilerplate: the 返回 navigation links of the Jekyll site.
 */
function missingText(raw: string, output: string): string[] {
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(raw) ?? [];
  const out = key(output);
  const pieces: string[] = [];
  for (const line of frontMatter.split('\n')) {
    const [, name = '', value = ''] = /^(\w+):\s*(.*)$/u.exec(line) ?? [];
    if (name === 'layout' || name === 'date') continue;
    pieces.push(
      ...value
        .replace(/^"|"$/gu, '')
        .replace(/^\[|\]$/gu, '')
        .split(/[\s,]+/u),
    );
  }
  const html = body.replace(/^\[返回.*$/gmu, '').replace(/^<(https?:[^>]+)>$/gmu, (_, url: string) => {
    pieces.push(url);
    return '';
  });
  visit(unified().use(rehypeParse, { fragment: true }).parse(html) as Root, 'text', (node) => {
    pieces.push(node.value);
  });
  return pieces.filter((p) => key(p) !== '' && !out.includes(key(p)));
}

describe('post importer: the seed post', () => {
  it('reproduces the published seed Q&A (its fixture copy of content/qa/…) byte for byte', () => {
    const result = imported(SEED, 'digital-village-action-plan-2022-2025');
    expect(result.fileName).toBe('digital-village-action-plan-2022-2025.md');
    expect(result.markdown).toBe(read('tests/fixtures/content/qa/digital-village-action-plan-2022-2025.md'));
  });

  it('loses no text of the seed', () => {
    expect(missingText(read(SEED), imported(SEED, 'x').markdown)).toEqual([]);
  });

  it('(the completeness check does catch lost text)', () => {
    const output = imported(SEED, 'x').markdown.replace('鼓励各地开展省级试点。', '').replace('- 网信中国新闻', '');
    expect(missingText(read(SEED), output)).toEqual([
      '网信中国新闻',
      '建立健全各级数字乡村发展统筹协调机制，整合各部门数字乡村相关配套政策和资源，深入推进国家数字乡村试点工作，鼓励各地开展省级试点。',
    ]);
  });

  it('drops the navigation links and layout, keeps the source line in the body', () => {
    const { markdown } = imported(SEED, 'x');
    expect(markdown).not.toMatch(/返回|layout|finews\.withounder/u);
    expect(markdown.endsWith('\n（文章来源：网信中国）\n')).toBe(true);
  });
});

describe('post importer: a post of another shape', () => {
  const file = `${POSTS}/2023-03-15-rural-broadband-qa.html`;

  it('imports as expected, losing nothing', () => {
    const result = imported(file);
    expect(result.fileName).toBe('rural-broadband-qa.md');
    expect(result.markdown).toBe(read('tests/fixtures/import/expected/qa/rural-broadband-qa.md'));
    expect(missingText(read(file), result.markdown)).toEqual([]);
  });

  it('merges bold runs, also into a question heading, and ends headings at the question mark in either width', () => {
    const { markdown } = imported(file);
    expect(markdown).toContain('\n## 一、为什么要加快农村宽带网络建设?\n');
    expect(markdown).toContain('\n## 二、下一步有哪些重点工作？\n');
    expect(markdown).toContain('**但农村地区网络质量 仍有提升空间**');
  });

  it('takes a half-width (文章来源: X) line as the source and YAML lists or space-separated words as categories and tags', () => {
    const { markdown } = imported(file);
    expect(markdown).toContain('source: 工业和信息化部\nurl: https://www.miit.gov.cn/xwdt/gxdt/art/2023/art_0315.html\n');
    expect(markdown).toContain('categories:\n  - miit\n  - zhengce\ntags:\n  - 宽带\n  - 数字乡村\n');
  });

  it('needs --slug when the file name is not ASCII', () => {
    const chinese = `${POSTS}/数字乡村答记者问.html`;
    const result = importPost(read(chinese), { file: chinese });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'the file name "数字乡村答记者问.html" is not ASCII, so it gives no slug: pass --slug, e.g. --slug digital-village-action-plan-2022-2025',
    ]);
    expect(imported(chinese, 'rural-broadband-qa-2').fileName).toBe('rural-broadband-qa-2.md');
  });
});

describe('slugs and dates', () => {
  it('derives an ASCII slug from the file name, refuses anything else', () => {
    expect(resolveSlug('posts/2022-01-26-Action_Plan.html', undefined)).toEqual({ slug: 'action-plan' });
    expect(resolveSlug('004_c1a3402a308d578a.txt', undefined)).toEqual({ slug: '004-c1a3402a308d578a' });
    expect(resolveSlug('x.html', '数字乡村')).toHaveProperty('error');
    expect(resolveSlug('x.html', 'Digital Village')).toHaveProperty('error');
    expect(resolveSlug('2022-01-26-行动计划.html', undefined)).toHaveProperty('error');
  });

  it('converts Jekyll dates keeping their time zone, and refuses to guess a missing one', () => {
    expect(jekyllDate('2022-01-26 18:56:08 +0800')).toEqual({ iso: '2022-01-26T18:56:08+08:00' });
    expect(jekyllDate('2023-03-15 09:30 -0500')).toEqual({ iso: '2023-03-15T09:30:00-05:00' });
    expect(jekyllDate('2023-03-15T09:30:00Z')).toEqual({ iso: '2023-03-15T09:30:00Z' });
    expect(jekyllDate('2023-03-15 09:30:00')).toEqual({ lacks: 'zone' });
    expect(jekyllDate('2023-03-15')).toEqual({ lacks: 'time' });
  });
});

describe('post importer: broken input', () => {
  it('reports every problem with its line: no time zone, unknown field, non-slug category, stray Markdown, no source', () => {
    const file = 'tests/fixtures/import/broken-posts/problems.html';
    const result = importPost(read(file), { file });
    expect(result.ok ? [] : result.errors.map((e) => formatImportError('problems.html', e, 'en'))).toEqual([
      'problems.html:4  date "2023-03-15 09:30" has no time zone: add it, e.g. +0800',
      'problems.html:5  unknown front matter field "author": only title, date, categories, tags (and layout, dropped) are imported',
      'problems.html:6  category "政策" is not an ASCII slug (lowercase letters, digits, dashes)',
      'problems.html:18  cannot place the Markdown line "[原文链接](https://example.cn/x)": only the original link <http…> and 返回 navigation links may follow the HTML',
      'problems.html:20  no （文章来源：…） line in the body: the Q&A needs its publisher as source',
    ]);
  });

  it('a post without front matter', () => {
    const result = importPost('<p>答：……</p>\n', { file: 'x.html' });
    expect(result.ok ? [] : result.errors).toMatchObject([
      { line: 1, message: 'no Jekyll front matter: the post must start with a --- line' },
    ]);
  });
});
