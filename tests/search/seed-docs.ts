/**
 * TEST-ONLY: search documents from the seed Markdown, read with simple
 * regexes. The real parser lives in lib/content/ (being written by the
 * lead); once it exists these tests should build documents through it.
 */
import { readFileSync } from 'node:fs';
import type { SearchDocument } from '../../lib/search/types';

const root = new URL('../../content/', import.meta.url);
const read = (rel: string): string => readFileSync(new URL(rel, root), 'utf8');

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const SECTION_SLUGS: Record<string, string> = { 中央精神: 'central', 工作动态: 'work', 发展实践: 'practice' };
const SUBSECTION_SLUGS: Record<string, string> = {
  部委动态: 'ministries',
  地方动态: 'local',
  地方实践: 'local-practice',
  企业实践: 'enterprise',
};

function frontmatter(md: string): { meta: Record<string, string>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) throw new Error('no frontmatter');
  const meta: Record<string, string> = {};
  for (const line of (m[1] as string).split('\n')) {
    const kv = /^([a-z]+):\s*(\S.*)$/.exec(line);
    if (kv) meta[kv[1] as string] = kv[2] as string;
  }
  return { meta, body: md.slice(m[0].length) };
}

const plain = (s: string): string => s.replace(/\*\*/g, '').trim();

export function bulletinDocs(file = 'bulletins/2024-02.md'): SearchDocument[] {
  const { meta, body } = frontmatter(read(file));
  const year = Number(meta.year);
  const number = Number(meta.number);
  const issue = `${year}-${String(number).padStart(2, '0')}`;
  const issueLabel = `${year}年第${number}期`;
  const order = year * 1000 + number * 10;
  const docs: SearchDocument[] = [];
  let section = 0;
  let sectionSlug = '';
  let sub = 0;
  let subSlug: string | undefined;
  let cur: { id: string; title: string; paras: string[]; source?: string; section: string; subsection?: string } | null = null;
  const flush = (): void => {
    if (!cur) return;
    const doc: SearchDocument = {
      id: `b/${issue}/${cur.id}`,
      type: 'bulletin',
      title: cur.title,
      body: cur.paras.join('\n'),
      url: `/bulletins/${issue}/${cur.id}/`,
      section: cur.section,
      year,
      issue,
      issueLabel,
      order,
    };
    if (cur.subsection) doc.subsection = cur.subsection;
    if (cur.source) doc.source = cur.source;
    docs.push(doc);
    cur = null;
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const sec = /^## ([一二三四五六七八九十])、(.+)$/.exec(line);
    const subsec = /^### （([一二三四五六七八九十])）(.+)$/.exec(line);
    const item = /^#### (\d+)\. (.+)$/.exec(line);
    const src = /^（信息来源：(.+)）$/.exec(line);
    if (sec) {
      flush();
      section = NUMERALS[sec[1] as string] as number;
      sectionSlug = SECTION_SLUGS[(sec[2] as string).trim()] ?? 'unknown';
      sub = 0;
      subSlug = undefined;
    } else if (subsec) {
      flush();
      sub = NUMERALS[subsec[1] as string] as number;
      subSlug = SUBSECTION_SLUGS[(subsec[2] as string).trim()] ?? 'unknown';
    } else if (item) {
      flush();
      const id = sub ? `${section}-${sub}-${item[1]}` : `${section}-${item[1]}`;
      cur = { id, title: plain(item[2] as string), paras: [], section: sectionSlug };
      if (subSlug) cur.subsection = subSlug;
    } else if (cur && src) {
      cur.source = (src[1] as string).trim();
    } else if (cur) {
      cur.paras.push(plain(line));
    }
  }
  flush();
  return docs;
}

export function qaDocs(file = 'qa/digital-village-action-plan-2022-2025.md'): SearchDocument[] {
  const slug = (/([^/]+)\.md$/.exec(file) as RegExpExecArray)[1] as string;
  const { meta, body } = frontmatter(read(file));
  const date = (meta.date ?? '').slice(0, 10);
  const year = Number(date.slice(0, 4));
  const order = year * 1000 + Number(date.slice(5, 7));
  const docs: SearchDocument[] = [];
  let q = 0;
  let title = '';
  let paras: string[] = [];
  const flush = (): void => {
    if (!q) return;
    docs.push({
      id: `q/${slug}/q${q}`,
      type: 'qa',
      title,
      body: paras.join('\n'),
      url: `/qa/${slug}/#q${q}`,
      year,
      order,
      date,
      source: meta.source ?? '',
    });
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const m = /^## [一二三四五六七八九十]+、(.+)$/.exec(line);
    if (m) {
      flush();
      q++;
      title = plain(m[1] as string);
      paras = [];
    } else if (/^（文章来源：.+）$/.test(line)) {
      // article-level source line, not part of the last answer
    } else if (q) {
      paras.push(plain(line).replace(/^答：/, ''));
    }
  }
  flush();
  return docs;
}

export function seedDocs(): SearchDocument[] {
  return [...bulletinDocs(), ...qaDocs()];
}
