import type { Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { markdownLimitBreach } from './markdown-limits';
import { FILE_START, type Report } from './problems';
import { rehypeBasePath } from './rehype-base-path';

/**
 * One Markdown dialect for every content file: CommonMark + GFM, with CJK-friendly
 * emphasis (`**一是……。**建立` is bold, which plain CommonMark refuses).
 */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

export function parseMarkdown(markdown: string): MdastRoot {
  return parser.parse(markdown);
}

/**
 * A body's syntax tree, or undefined after reporting why it cannot be read: beyond the
 * limits that keep parsing bounded (checked before it runs), or anything the parser
 * throws, as a problem and never a crash.
 */
export function parseMarkdownSafely(body: string, report: Report): MdastRoot | undefined {
  const breach = markdownLimitBreach(body);
  if (breach) {
    report('markdown-limits', { line: breach.line, column: 1 }, breach.limit);
    return undefined;
  }
  try {
    return parseMarkdown(body);
  } catch (error) {
    report('markdown-limits', FILE_START, { kind: 'unreadable', detail: String((error as Error).message).split('\n')[0] ?? '' });
    return undefined;
  }
}

/**
 * Raw HTML is allowed in content (imported posts are HTML), so everything is
 * sanitized last: no script, event handler or javascript: URL reaches a page.
 * Re-parsing with parse5 (rehype-raw) is most of the cost of a block, so blocks
 * without raw HTML skip it; the result is the same tree.
 */
function hastPipeline(raw: boolean) {
  return (
    unified()
      .use(remarkRehype, { allowDangerousHtml: raw })
      .use(raw ? [rehypeRaw] : [])
      // Before the sanitizer, so the prefixed URLs pass its checks like any other.
      .use(rehypeBasePath, { basePath: process.env.BASE_PATH ?? '' })
      .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: 'user-content-' })
  );
}
const toHast = hastPipeline(false);
const toHastWithRaw = hastPipeline(true);

const toHtml = unified().use(rehypeStringify);

export interface RenderedBlocks {
  html: string;
  /** Plain text, for search and completeness checks. */
  text: string;
}

export function renderBlocks(nodes: readonly RootContent[]): RenderedBlocks {
  const root: MdastRoot = { type: 'root', children: [...nodes] };
  const hast = (hasRawHtml(root) ? toHastWithRaw : toHast).runSync(root) as HastRoot;
  return { html: toHtml.stringify(hast).trim(), text: toText(hast).trim() };
}

function hasRawHtml(root: MdastRoot): boolean {
  let found = false;
  visit(root, 'html', () => {
    found = true;
    return false;
  });
  return found;
}
