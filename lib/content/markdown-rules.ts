/**
 * Rules for the Markdown of every content file, in one pass over its tree: raw HTML is
 * held to a short list of tags, every address is one the site can serve safely, every
 * image has alt text and lives under public/. Returns the internal links and images for
 * the cross-file checks (pages that exist, image files that exist).
 */

import { Parser } from 'htmlparser2';
import type { Html, Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { mixedScriptHost } from './homograph';
import { nodePosition } from './node-position';
import { excerpt, type Position, type Report } from './problems';
import type { MessageParams } from './rules';
import type { ContentReferences, LinkReference } from './types';

export type ContentKind = 'bulletin' | 'qa';

/**
 * Raw HTML a file may hold, by kind: a bulletin none (everything it prints has a Markdown
 * form), a Q&A only what Markdown lacks for quoted documents. No tag takes attributes.
 * HTML comments are always fine: they never publish. The sanitizer stays as the last line
 * of defence; this makes sure nothing an editor wrote disappears without a message.
 */
export const RAW_HTML_TAGS: Readonly<Record<ContentKind, readonly string[]>> = { bulletin: [], qa: ['br', 'sup', 'sub'] };

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

export function checkMarkdown(tree: Root, kind: ContentKind, report: Report): ContentReferences {
  const links: LinkReference[] = [];
  const images: LinkReference[] = [];
  visit(tree, (node) => {
    if (node.type === 'html') checkRawHtml(node, kind, report);
    if (node.type === 'link' || node.type === 'definition') {
      const at = nodePosition(node);
      const problem = linkAddressProblem(node.url);
      const mixed = mixedScriptHost(node.url);
      if (problem) report('link-address', at, problem);
      else if (mixed) report('url-homograph', at, mixed);
      else if (isSitePath(node.url)) links.push({ url: node.url, ...at });
    }
    if (node.type === 'image') {
      const at = nodePosition(node);
      if (!node.alt?.trim()) report('image-alt', at, { url: node.url });
      const problem = imagePathProblem(node);
      if (problem) report('image-path', at, problem);
      else images.push({ url: node.url, ...at });
    }
  });
  return { links, images };
}

function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

function linkAddressProblem(url: string): MessageParams<'link-address'> | undefined {
  if (isSitePath(url)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme && SAFE_SCHEMES.has(scheme) && URL.canParse(url)) return undefined;
  return { url: url.trim() ? excerpt(url) : '' };
}

function imagePathProblem(image: Image): MessageParams<'image-path'> | undefined {
  const url = excerpt(image.url);
  if (!isSitePath(image.url)) return { url, reason: 'outside' };
  let decoded: string;
  try {
    decoded = decodeURI(image.url.split(/[?#]/)[0] ?? '');
  } catch {
    return { url, reason: 'invalid' };
  }
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return { url, reason: 'dots' };
  return undefined;
}

function checkRawHtml(node: Html, kind: ContentKind, report: Report): void {
  const start = nodePosition(node);
  const allowed = RAW_HTML_TAGS[kind];
  const parser: Parser = new Parser({
    onopentag(name, attributes) {
      const at = offsetPosition(start, node.value, parser.startIndex);
      if (!allowed.includes(name)) {
        report('raw-html', at, { tag: name, kind, allowed });
        return;
      }
      for (const attribute of Object.keys(attributes)) report('raw-html', at, { tag: name, attribute, kind, allowed });
    },
  });
  parser.end(node.value);
}

/** The file position of an offset inside a node's written Markdown. */
function offsetPosition(start: Position, text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return { line: start.line, column: start.column + offset };
  return { line: start.line + newlines, column: offset - before.lastIndexOf('\n') };
}
