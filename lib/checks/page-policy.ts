/**
 * A Content-Security-Policy for one exported HTML page, allowing exactly the inline code
 * the page holds: each inline script by the sha256 of its text, each `style=` attribute
 * and `<style>` element by the sha256 of its text. Everything else must come from the
 * site's own origin. A meta policy cannot set frame-ancestors or reporting: see public/_headers.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

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

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction'] as const;

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

/** What one streaming pass over a page finds: its inline code, and where its head begins. */
interface PageScan {
  code: PageCode;
  /** Offset right after the `<head …>` tag, undefined without one. */
  headContentStart?: number;
  /** Offset right after `<meta charset>` when it is the head's first element. */
  charsetEnd?: number;
  /** The head's elements, in order, by tag name ('csp' for a policy meta, 'charset' for meta charset). */
  headElements: string[];
  /** Contents of every policy meta in the page. */
  policies: string[];
}

/** A browser reads CRLF and CR as LF before it parses, so hashes are of the normalised text. */
const browserText = (text: string) => text.replace(/\r\n?/g, '\n');

const lineAt = (html: string, offset: number) => html.slice(0, offset).split('\n').length;

/** One pass with htmlparser2: a full tree per page made the walk of a large export take minutes. */
function scan(html: string): PageScan {
  const code: PageCode = { scripts: [], styleAttributes: [], styleElements: [], dataImages: false, unhashable: [] };
  const result: PageScan = { code, headElements: [], policies: [] };
  let depthInHead = -1;
  let depth = 0;
  let collecting: { kind: 'script' | 'style'; text: string } | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const label = () => `<${name}> (line ${lineAt(html, parser.startIndex)})`;
        depth++;
        if (name === 'head' && result.headContentStart === undefined) {
          result.headContentStart = parser.endIndex + 1;
          depthInHead = depth;
        } else if (depthInHead !== -1 && depth === depthInHead + 1) {
          const isCharset = name === 'meta' && attributes.charset !== undefined;
          const isPolicy = name === 'meta' && (attributes['http-equiv'] ?? '').toLowerCase() === 'content-security-policy';
          if (isCharset && result.headElements.length === 0) result.charsetEnd = parser.endIndex + 1;
          result.headElements.push(isPolicy ? 'csp' : isCharset ? 'charset' : name);
        }
        if (name === 'meta' && (attributes['http-equiv'] ?? '').toLowerCase() === 'content-security-policy') {
          result.policies.push(attributes.content ?? '');
        }
        if (
          name === 'script' &&
          attributes.src === undefined &&
          EXECUTABLE_SCRIPT_TYPES.has((attributes.type ?? '').trim().toLowerCase())
        ) {
          collecting = { kind: 'script', text: '' };
        }
        if (name === 'style') collecting = { kind: 'style', text: '' };
        if (attributes.style !== undefined) code.styleAttributes.push(browserText(attributes.style));
        for (const attribute of Object.keys(attributes)) {
          if (/^on[a-z]/.test(attribute)) code.unhashable.push(`${label()} has an inline event handler ${attribute}`);
        }
        for (const attribute of URL_ATTRIBUTES) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          if (/^\s*javascript:/i.test(value)) code.unhashable.push(`${label()} has a javascript: URL`);
          const imageSource = name === 'img' || (name === 'link' && /icon/.test(attributes.rel ?? ''));
          if (imageSource && value.trim().startsWith('data:')) code.dataImages = true;
        }
        if ((attributes.srcset ?? '').split(',').some((candidate) => candidate.trim().startsWith('data:'))) code.dataImages = true;
      },
      ontext(text) {
        if (collecting) collecting.text += text;
      },
      onclosetag(name) {
        if (collecting && name === collecting.kind) {
          (collecting.kind === 'script' ? code.scripts : code.styleElements).push(browserText(collecting.text));
          collecting = undefined;
        }
        if (name === 'head') depthInHead = -1;
        depth--;
      },
    },
    // Text as the browser hashes it: script and style are raw text in HTML, attribute values decoded.
    { decodeEntities: true },
  );
  parser.end(html);
  return result;
}

/** The policies a page's `<meta http-equiv="Content-Security-Policy">` tags hold, in page order. */
export function pagePolicies(html: string): string[] {
  return scan(html).policies;
}

/** The inline code of a page, as the policy must allow it. */
export function pageCode(html: string): PageCode {
  return scan(html).code;
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

/**
 * The page with its policy as a `<meta>` at the top of `<head>`: first, or right after
 * `<meta charset>`, which HTML wants within the first 1024 bytes (a long list of hashes
 * would push it out). Either way it precedes every script, style and link. Other bytes are kept.
 */
export function withPolicy(html: string, options: { stylesheetDataImages?: boolean } = {}): string {
  const page = html.replace(META_PATTERN, '');
  const { code, headContentStart, charsetEnd } = scan(page);
  if (headContentStart === undefined) throw new Error('the page has no <head> tag');
  const at = charsetEnd ?? headContentStart;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(code, options)}"/>`;
  return `${page.slice(0, at)}${meta}${page.slice(at)}`;
}

/**
 * What would break or weaken the policy of an exported page: no policy or one placed after
 * other head elements, an inline script or style whose hash it lacks, unsafe-inline or
 * unsafe-eval for scripts, inline handlers or javascript: URLs. Empty when the page is sound.
 */
export function policyProblems(html: string): string[] {
  const { code, headContentStart, headElements, policies } = scan(html);
  if (headContentStart === undefined) return ['no <head>'];
  if (policies.length !== 1) return [`${policies.length} Content-Security-Policy <meta> tags, expected 1`];
  const problems: string[] = [];
  const position = headElements.indexOf('csp');
  if (position < 0 || headElements.slice(0, position).some((name) => name !== 'charset')) {
    problems.push('the Content-Security-Policy <meta> is not at the top of <head> (only <meta charset> may precede it)');
  }
  const policy = parsePolicy(policies[0] ?? '');
  const scriptSources = policy.get('script-src') ?? [];
  const styleSources = policy.get('style-src') ?? [];
  for (const weak of ["'unsafe-inline'", "'unsafe-eval'"]) if (scriptSources.includes(weak)) problems.push(`script-src allows ${weak}`);
  if (styleSources.includes("'unsafe-inline'")) problems.push("style-src allows 'unsafe-inline'");
  for (const directive of ['default-src', 'object-src', 'base-uri', 'form-action']) {
    if (!policy.has(directive)) problems.push(`no ${directive}`);
  }
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
