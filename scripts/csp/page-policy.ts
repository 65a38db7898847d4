/**
 * A Content-Security-Policy for one exported HTML page, allowing exactly the inline code
 * the page holds: each inline script by the sha256 of its text, each `style=` attribute
 * and `<style>` element by the sha256 of its text. Everything else must come from the
 * site's own origin. A meta policy cannot set frame-ancestors or reporting: see public/_headers.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** `<script type>` values a browser runs (HTML's JavaScript MIME types, module, importmap, speculationrules). Any other type is data, e.g. JSON-LD. */
const EXECUTABLE_SCRIPT_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction'] as const;

/** What our tag looks like, so running the step twice replaces it instead of adding a second. */
const META_PATTERN = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;

export interface PageCode {
  /** Text of each inline script a browser would run, in page order. */
  scripts: string[];
  /** Values of `style=` attributes and texts of `<style>` elements. */
  styleAttributes: string[];
  styleElements: string[];
  /** The page shows a `data:` image (img src/srcset, icon links). */
  dataImages: boolean;
  /** Inline code no hash can allow without 'unsafe-hashes' for scripts: event handler attributes, javascript: URLs. */
  unhashable: string[];
}

/** `'sha256-…'` of a text as a browser hashes it (UTF-8). */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function parse(html: string): Root {
  return unified().use(rehypeParse).parse(html);
}

function textOf(node: Element): string {
  return node.children.map((child: ElementContent) => (child.type === 'text' ? child.value : '')).join('');
}

function isExecutableScript(node: Element): boolean {
  if (node.tagName !== 'script' || node.properties.src !== undefined) return false;
  const type = String(node.properties.type ?? '')
    .trim()
    .toLowerCase();
  return EXECUTABLE_SCRIPT_TYPES.has(type);
}

function elementLabel(node: Element): string {
  const line = node.position?.start.line;
  return `<${node.tagName}>${line ? ` (line ${line})` : ''}`;
}

/** The inline code of a page (its HTML, or the tree already parsed from it), as the policy must allow it. */
export function pageCode(page: string | Root): PageCode {
  const code: PageCode = { scripts: [], styleAttributes: [], styleElements: [], dataImages: false, unhashable: [] };
  visit(typeof page === 'string' ? parse(page) : page, 'element', (node: Element) => {
    if (isExecutableScript(node)) code.scripts.push(textOf(node));
    if (node.tagName === 'style') code.styleElements.push(textOf(node));
    if (typeof node.properties.style === 'string') code.styleAttributes.push(node.properties.style);
    for (const name of Object.keys(node.properties)) {
      if (/^on[a-z]/i.test(name)) code.unhashable.push(`${elementLabel(node)} has an inline event handler ${name}`);
    }
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string' && /^\s*javascript:/i.test(value)) code.unhashable.push(`${elementLabel(node)} has a javascript: URL`);
      const imageSource = node.tagName === 'img' || (node.tagName === 'link' && /icon/.test(String(node.properties.rel)));
      if (imageSource && typeof value === 'string' && value.trim().startsWith('data:')) code.dataImages = true;
    }
    const srcSet = node.properties.srcSet;
    if (Array.isArray(srcSet) && srcSet.some((candidate) => String(candidate).trim().startsWith('data:'))) code.dataImages = true;
  });
  return code;
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * The policy for a page's code. `style-src` grows only as far as the page needs: hashes of
 * `<style>` texts, and 'unsafe-hashes' with the hashes of `style=` values only when the page
 * has such attributes. `stylesheetDataImages`: the site's CSS draws a `data:` image.
 */
export function policyFor(code: PageCode, options: { stylesheetDataImages?: boolean } = {}): string {
  const scriptHashes = unique(code.scripts.map(sha256Source));
  const styleHashes = unique(code.styleElements.map(sha256Source));
  const attributeHashes = unique(code.styleAttributes.map(sha256Source));
  const styles = ["'self'", ...styleHashes, ...(attributeHashes.length ? ["'unsafe-hashes'", ...attributeHashes] : [])];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    `style-src ${styles.join(' ')}`,
    ...(code.dataImages || options.stylesheetDataImages ? ["img-src 'self' data:"] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Directive name → its sources, from a policy string. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function headOf(tree: Root): Element | undefined {
  let head: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'head' && !head) head = node;
  });
  return head;
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';
const isCharset = (node: Element) => node.tagName === 'meta' && node.properties.charSet !== undefined;
const isPolicyMeta = (node: Element) =>
  node.tagName === 'meta' && String(node.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy';

/**
 * The page with its policy as a `<meta>` at the top of `<head>`: first, or right after
 * `<meta charset>`, which HTML wants within the first 1024 bytes (a long list of hashes
 * would push it out). Either way it precedes every script, style and link. Other bytes are kept.
 */
export function withPolicy(html: string, options: { stylesheetDataImages?: boolean } = {}): string {
  const page = html.replace(META_PATTERN, '');
  const tree = parse(page);
  const head = headOf(tree);
  const headStart = head?.position?.start.offset;
  const headTag = headStart === undefined ? undefined : /^<head\b[^>]*>/i.exec(page.slice(headStart));
  if (!head || headStart === undefined || !headTag) throw new Error('the page has no <head> tag');
  const first = head.children.find(isElement);
  const at = first && isCharset(first) && first.position ? first.position.end.offset : headStart + headTag[0].length;
  if (at === undefined) throw new Error('<meta charset> has no position');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(pageCode(tree), options)}"/>`;
  return `${page.slice(0, at)}${meta}${page.slice(at)}`;
}

/**
 * What would break or weaken the policy of an exported page: no policy or one placed after
 * other head elements, an inline script or style whose hash it lacks, unsafe-inline or
 * unsafe-eval for scripts, inline handlers or javascript: URLs. Empty when the page is sound.
 */
export function policyProblems(html: string): string[] {
  const tree = parse(html);
  const head = headOf(tree);
  if (!head) return ['no <head>'];
  const metas: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (isPolicyMeta(node)) metas.push(node);
  });
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy <meta> tags, expected 1`];
  const elements = head.children.filter(isElement);
  const position = elements.findIndex(isPolicyMeta);
  const before = elements.slice(0, Math.max(position, 0));
  const problems: string[] = [];
  if (position < 0 || before.some((node) => !isCharset(node))) {
    problems.push('the Content-Security-Policy <meta> is not at the top of <head> (only <meta charset> may precede it)');
  }
  const policy = parsePolicy(String(metas[0]?.properties.content ?? ''));
  const scriptSources = policy.get('script-src') ?? [];
  const styleSources = policy.get('style-src') ?? [];
  for (const weak of ["'unsafe-inline'", "'unsafe-eval'"]) if (scriptSources.includes(weak)) problems.push(`script-src allows ${weak}`);
  if (styleSources.includes("'unsafe-inline'")) problems.push("style-src allows 'unsafe-inline'");
  for (const directive of ['default-src', 'object-src', 'base-uri', 'form-action']) {
    if (!policy.has(directive)) problems.push(`no ${directive}`);
  }
  const code = pageCode(tree);
  problems.push(...code.unhashable);
  for (const script of code.scripts) {
    if (!scriptSources.includes(sha256Source(script))) problems.push(`inline script without a hash in script-src: ${script.slice(0, 60)}…`);
  }
  for (const style of code.styleElements) {
    if (!styleSources.includes(sha256Source(style))) problems.push(`<style> without a hash in style-src: ${style.slice(0, 60)}…`);
  }
  for (const style of code.styleAttributes) {
    if (!styleSources.includes("'unsafe-hashes'") || !styleSources.includes(sha256Source(style))) {
      problems.push(`style="${style}" is not allowed by style-src`);
    }
  }
  return problems;
}
