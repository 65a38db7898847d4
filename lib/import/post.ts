/**
 * Import one Jekyll post (front matter + HTML body, as the source site exports them)
 * as a Q&A article: content/qa/<slug>.md. Produces the file or every problem found.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { normalizeSourceText } from '../content/source-text';
import { ASCII_SLUG } from '../routes';
import { type ImportError, type ImportResult, sortImportErrors } from './errors';
import { renderFrontMatter } from './front-matter';
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
  const lines = normalizeSourceText(raw).split('\n');
  const errors: ImportError[] = [];
  const error = (line: number, message: string) => errors.push({ line, message });

  if (lines[0]?.trim() !== '---') {
    error(1, 'no Jekyll front matter: the post must start with a --- line');
    return { ok: false, errors };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close === -1) {
    error(1, 'the front matter is not closed: add a --- line after its last field');
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
      if (url) error(i + 1, `a second original link <${autolink[1]}>: the post has one original address (url)`);
      url = autolink[1];
    } else if (NAVIGATION.test(text)) {
      // dropped: navigation of the Jekyll site
    } else if (/^\[[^\]]*\]\(/u.test(text) || /^<https?:/u.test(text)) {
      error(
        i + 1,
        `cannot place the Markdown line "${text}": only the original link <http…> and 返回 navigation links may follow the HTML`,
      );
    } else {
      html.push(lines[i] ?? '');
    }
  }
  const lastLine = lines.length;
  if (!url) error(lastLine, 'no original link: the post ends with the original address as <http…>');

  const { markdown, tree } = htmlToMarkdown(html.join('\n'));
  if (markdown.trim() === '') error(close + 2, 'the post has no body');
  const sources = paragraphTexts(tree)
    .map((text) => SOURCE.exec(text)?.[1])
    .filter((s): s is string => s !== undefined);
  const source = sources.at(-1);
  if (!source) error(lastLine, 'no （文章来源：…） line in the body: the Q&A needs its publisher as source');

  const slug = resolveSlug(options.file, options.slug);
  if ('error' in slug) error(1, slug.error);

  if (errors.length > 0 || !('slug' in slug) || !fields.title || !fields.date) return { ok: false, errors: sortImportErrors(errors) };
  const frontMatter = renderFrontMatter('qa', {
    title: fields.title,
    date: fields.date,
    source,
    url,
    categories: fields.categories?.length ? fields.categories : undefined,
    tags: fields.tags?.length ? fields.tags : undefined,
  });
  return { ok: true, value: { slug: slug.slug, fileName: `${slug.slug}.md`, markdown: `${frontMatter}\n${markdown}` } };
}

interface JekyllFields {
  title?: string;
  date?: string;
  categories?: string[];
  tags?: string[];
}

/** Read the Jekyll front matter, reporting each problem at its file line. */
function readJekyllFields(yaml: string, firstLine: number, error: (line: number, message: string) => void): JekyllFields {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1);
  for (const e of doc.errors) error(lineOf(e.pos[0]), `front matter YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return {};
  if (!isMap(doc.contents)) {
    error(firstLine, 'the front matter is not a list of fields');
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
      error(line, `unknown front matter field "${key}": only title, date, categories, tags (and layout, dropped) are imported`);
      continue;
    }
    const value = pair.value;
    if (key === 'title') {
      if (isScalar(value) && typeof value.value === 'string' && value.value.trim() !== '') fields.title = value.value.trim();
      else error(line, 'title must be text');
    } else if (key === 'date') {
      const text = isScalar(value) ? String(value.value) : '';
      const date = jekyllDate(text);
      if ('error' in date) error(line, date.error);
      else fields.date = date.iso;
    } else {
      // Jekyll takes `categories: a b` as two categories, or a YAML list.
      const list = isSeq(value)
        ? value.items.map((v) => (isScalar(v) ? String(v.value) : String(v)))
        : isScalar(value) && value.value !== null
          ? String(value.value).split(/\s+/u).filter(Boolean)
          : [];
      if (key === 'categories') {
        for (const c of list)
          if (!ASCII_SLUG.test(c)) error(line, `category "${c}" is not an ASCII slug (lowercase letters, digits, dashes)`);
        fields.categories = list;
      } else {
        fields.tags = list;
      }
    }
  }
  if (!seen.has('title')) error(firstLine, 'the front matter has no title');
  if (!seen.has('date')) error(firstLine, 'the front matter has no date');
  return fields;
}

/**
 * Jekyll's `2022-01-26 18:56:08 +0800` as ISO 8601, `2022-01-26T18:56:08+08:00`, keeping
 * the time zone. A date without time or zone is refused rather than completed by guess.
 */
export function jekyllDate(text: string): { iso: string } | { error: string } {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/u.exec(text.trim());
  if (!match) return { error: `date "${text}" is not a Jekyll date like 2022-01-26 18:56:08 +0800` };
  const [, day, time, seconds, zone] = match;
  if (!time) return { error: `date "${text}" has no time: give it as 2022-01-26 18:56:08 +0800` };
  if (!zone) return { error: `date "${text}" has no time zone: add it, e.g. +0800` };
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return { iso: `${day}T${time}:${seconds ?? '00'}${offset}` };
}
