/**
 * Import one Jekyll post (front matter + HTML body, as the source site exports them)
 * as a Q&A article: content/qa/<slug>.md. Produces the file or every problem found.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { normalizeFileText } from '../content/file-text';
import { writeFrontMatter } from '../content/write-front-matter';
import { ASCII_SLUG } from '../routes';
import { type ImportError, type ImportResult, importError, sortImportErrors } from './errors';
import type { ImportMessageId, ImportMessageParams } from './messages';
import { htmlToMarkdown, paragraphTexts } from './post-html';
import { resolveSlug } from './slug';

export interface PostImportOptions {
  /** The input file's name: the slug comes from it when `slug` is not given. */
  file: string;
  slug?: string;
}

export interface ImportedPost {
  slug: string;
  /** `<slug>.md` */
  fileName: string;
  markdown: string;
}

/** `（文章来源：网信中国）` in either width: the publisher, kept in the body and copied to `source`. */
const SOURCE = /^[（(]\s*文章来源\s*[:：]\s*(.+?)\s*[)）]$/u;
/** The original article's address, as a bare Markdown autolink under the HTML. */
const AUTOLINK = /^<(https?:\/\/[^\s>]+)>$/u;
/** Links back into the Jekyll site (`[返回网信中国新闻](…)｜[返回首页](…)`): meaningless here. */
const NAVIGATION = /^(?:\s*\[返回[^\]]*\]\([^)]*\)\s*[｜|]?)+\s*$/u;
/** Jekyll-only fields that mean nothing on this site. */
const DROPPED_KEYS = new Set(['layout']);
const KEPT_KEYS = new Set(['title', 'date', 'categories', 'tags']);

export function importPost(raw: string, options: PostImportOptions): ImportResult<ImportedPost> {
  const lines = normalizeFileText(raw).split('\n');
  const errors: ImportError[] = [];
  const error: Report = (line, id, params) => errors.push(importError(id, line, params));

  if (lines[0]?.trim() !== '---') {
    error(1, 'post-no-front-matter', {});
    return { ok: false, errors };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close === -1) {
    error(1, 'post-front-matter-unclosed', {});
    return { ok: false, errors };
  }

  const fields = readJekyllFields(lines.slice(1, close).join('\n'), 2, error);

  // Body: HTML, then a few Markdown lines Jekyll adds under it.
  const html: string[] = [];
  let url: string | undefined;
  for (let i = close + 1; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    const autolink = AUTOLINK.exec(text);
    if (autolink) {
      if (url) error(i + 1, 'post-second-link', { url: autolink[1] as string });
      url = autolink[1];
    } else if (NAVIGATION.test(text)) {
      // dropped: navigation of the Jekyll site
    } else if (/^\[[^\]]*\]\(/u.test(text) || /^<https?:/u.test(text)) {
      error(i + 1, 'post-markdown-unplaced', { text });
    } else {
      html.push(lines[i] ?? '');
    }
  }
  const lastLine = lines.length;
  if (!url) error(lastLine, 'post-no-link', {});

  const { markdown, tree } = htmlToMarkdown(html.join('\n'));
  if (markdown.trim() === '') error(close + 2, 'post-no-body', {});
  const sources = paragraphTexts(tree)
    .map((text) => SOURCE.exec(text)?.[1])
    .filter((s): s is string => s !== undefined);
  const source = sources.at(-1);
  if (!source) error(lastLine, 'post-no-source', {});

  const slug = resolveSlug(options.file, options.slug);
  if ('error' in slug) errors.push(slug.error);

  if (errors.length > 0 || !('slug' in slug) || !fields.title || !fields.date) return { ok: false, errors: sortImportErrors(errors) };
  const frontMatter = writeFrontMatter('qa', { ...fields, source, url });
  return { ok: true, value: { slug: slug.slug, fileName: `${slug.slug}.md`, markdown: `${frontMatter}\n${markdown}` } };
}

interface JekyllFields {
  title?: string;
  date?: string;
  categories?: string[];
  tags?: string[];
}

/** Records one problem at its file line. */
type Report = <I extends ImportMessageId>(line: number, id: I, params: ImportMessageParams<I>) => void;

/** Read the Jekyll front matter, reporting each problem at its file line. */
function readJekyllFields(yaml: string, firstLine: number, error: Report): JekyllFields {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1);
  for (const e of doc.errors) error(lineOf(e.pos[0]), 'post-yaml', { detail: e.message.split('\n')[0] ?? '' });
  if (doc.errors.length > 0) return {};
  if (!isMap(doc.contents)) {
    error(firstLine, 'post-front-matter-not-fields', {});
    return {};
  }

  const fields: JekyllFields = {};
  const seen = new Set<string>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    seen.add(key);
    if (DROPPED_KEYS.has(key)) continue;
    if (!KEPT_KEYS.has(key)) {
      error(line, 'post-unknown-field', { key });
      continue;
    }
    const value = pair.value;
    if (key === 'title') {
      if (isScalar(value) && typeof value.value === 'string' && value.value.trim() !== '') fields.title = value.value.trim();
      else error(line, 'post-title-not-text', {});
    } else if (key === 'date') {
      const text = isScalar(value) ? String(value.value) : '';
      const date = jekyllDate(text);
      if ('lacks' in date) error(line, 'post-bad-date', { text, lacks: date.lacks });
      else fields.date = date.iso;
    } else {
      // Jekyll takes `categories: a b` as two categories, or a YAML list.
      const list = isSeq(value)
        ? value.items.map((v) => (isScalar(v) ? String(v.value) : String(v)))
        : isScalar(value) && value.value !== null
          ? String(value.value).split(/\s+/u).filter(Boolean)
          : [];
      if (key === 'categories') {
        for (const c of list) if (!ASCII_SLUG.test(c)) error(line, 'post-bad-category', { category: c });
        fields.categories = list;
      } else {
        fields.tags = list;
      }
    }
  }
  if (!seen.has('title')) error(firstLine, 'post-no-title', {});
  if (!seen.has('date')) error(firstLine, 'post-no-date', {});
  return fields;
}

/**
 * Jekyll's `2022-01-26 18:56:08 +0800` as ISO 8601, `2022-01-26T18:56:08+08:00`, keeping
 * the time zone. A date without time or zone is refused rather than completed by guess.
 */
export function jekyllDate(text: string): { iso: string } | { lacks: 'format' | 'time' | 'zone' } {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/u.exec(text.trim());
  if (!match) return { lacks: 'format' };
  const [, day, time, seconds, zone] = match;
  if (!time) return { lacks: 'time' };
  if (!zone) return { lacks: 'zone' };
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return { iso: `${day}T${time}:${seconds ?? '00'}${offset}` };
}
