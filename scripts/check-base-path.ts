/**
 * Builds the site as a GitHub Pages project site sees it (BASE_PATH=/shuzi-xiangcun, a
 * SITE_URL of its own) into out-base-path/, then checks every URL the export contains:
 * HTML attributes, JSON-LD, feeds, sitemap and robots.txt. Each site-internal URL must
 * carry the base path and lead to an exported file (and an element, for #anchors).
 * The build reads content/ plus tests/fixtures/base-path/content: an issue and a Q&A
 * whose Markdown links into the site and shows images, as editors' content may.
 * Every page must also carry a sound Content-Security-Policy (scripts/csp/page-policy.ts).
 *
 *   npm run test:base-path            build, then check
 *   npm run test:base-path -- --no-build   check an existing out-base-path/
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { fileForPath, idsInFile, sitemapPaths } from './built-site';
import { policyProblems } from './csp/page-policy';

const BASE_PATH = '/shuzi-xiangcun';
const SITE_URL = 'https://example.github.io';
const ORIGIN = `${SITE_URL}${BASE_PATH}`;
const OUT = path.resolve('out-base-path');
const FIXTURES = path.resolve('tests', 'fixtures', 'base-path');

if (!process.argv.includes('--no-build')) {
  const content = mkdtempSync(path.join(os.tmpdir(), 'base-path-content-'));
  cpSync(path.resolve(process.env.CONTENT_DIR ?? 'content'), content, { recursive: true });
  cpSync(path.join(FIXTURES, 'content'), content, { recursive: true });
  console.log(`Building with BASE_PATH=${BASE_PATH} SITE_URL=${SITE_URL} into ${path.relative(process.cwd(), OUT)}/ …`);
  const build = spawnSync('npx', ['next', 'build'], {
    env: { ...process.env, BASE_PATH, SITE_URL, CONTENT_DIR: content, EXPORT_DIR: path.basename(OUT), NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  rmSync(content, { recursive: true, force: true });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
  // The build's last step, as npm run build runs it: every page gets its Content-Security-Policy.
  const csp = spawnSync('npx', ['tsx', path.join('scripts', 'csp', 'add-to-export.ts')], {
    env: { ...process.env, EXPORT_DIR: OUT },
    stdio: 'inherit',
  });
  if (csp.status !== 0) process.exit(1);
  // The fixtures' images, as Next copies public/ into the export.
  cpSync(path.join(FIXTURES, 'public'), OUT, { recursive: true });
}

const problems: string[] = [];
let checked = 0;

/** One URL found in `file`: site-internal ones must carry the base path and resolve. */
function checkUrl(raw: string, file: string, where: string) {
  const url = raw.trim();
  let sitePath: string | undefined;
  if (url.startsWith(SITE_URL)) {
    if (!url.startsWith(`${ORIGIN}/`) && url !== ORIGIN) return problems.push(`${file}: ${where} ${url} lacks the base path`);
    sitePath = url.slice(ORIGIN.length) || '/';
  } else if (url.startsWith('/') && !url.startsWith('//')) {
    if (!url.startsWith(`${BASE_PATH}/`) && url !== BASE_PATH) return problems.push(`${file}: ${where} ${url} lacks the base path`);
    sitePath = url.slice(BASE_PATH.length) || '/';
  } else {
    return;
  }
  checked += 1;
  const [pathPart = '/', hash] = sitePath.split('#');
  const target = fileForPath(OUT, pathPart.split('?')[0] ?? '/');
  if (!target) return problems.push(`${file}: ${where} ${url} leads to no exported file`);
  if (hash && target.endsWith('.html') && !idsInFile(target).has(decodeURIComponent(hash))) {
    problems.push(`${file}: ${where} ${url} names no element #${hash}`);
  }
}

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action'];

function checkHtml(file: string, html: string) {
  const tree = unified().use(rehypeParse).parse(html);
  visit(tree, 'element', (node: Element) => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute === 'href' ? 'href' : attribute];
      if (typeof value === 'string') checkUrl(value, file, `<${node.tagName} ${attribute}>`);
    }
    const srcset = node.properties.srcSet;
    if (Array.isArray(srcset)) for (const candidate of srcset) checkUrl(String(candidate).split(/\s+/)[0] ?? '', file, '<srcset>');
    // OpenGraph and similar: absolute URLs in meta content.
    if (node.tagName === 'meta' && typeof node.properties.content === 'string' && node.properties.content.startsWith('http')) {
      checkUrl(node.properties.content, file, `<meta ${String(node.properties.property ?? node.properties.name)}>`);
    }
    if (node.tagName === 'script' && node.properties.type === 'application/ld+json') {
      const json = node.children.map((c) => ('value' in c ? c.value : '')).join('');
      checkText(file, json, 'JSON-LD');
    }
  });
  for (const problem of policyProblems(html)) problems.push(`${file}: ${problem}`);
  // Not-found pages are noindex and stand for no address: they have no canonical.
  const notFound = /<meta name="robots" content="noindex/.test(html);
  if (!notFound && !/<link rel="canonical" href="https:\/\/example\.github\.io\/shuzi-xiangcun\//.test(html)) {
    problems.push(`${file}: no canonical URL under ${ORIGIN}/`);
  }
}

/** Absolute site URLs anywhere in a text (feeds, JSON, robots.txt); their embedded HTML's root-relative URLs too. */
function checkText(file: string, text: string, where: string) {
  for (const match of text.matchAll(/https:\/\/example\.github\.io[^\s"'<>\\)\]]*/g)) checkUrl(match[0], file, where);
  for (const match of text.matchAll(/(?:href|src)=(?:\\?")(\/[^"\\]*)/g)) checkUrl(match[1] ?? '', file, `${where} (content)`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const files = walk(OUT).filter((f) => !f.includes(`${path.sep}_next${path.sep}`));
for (const full of files) {
  const file = path.relative(OUT, full);
  const text = readFileSync(full, 'utf8');
  if (file.endsWith('.html')) checkHtml(file, text);
  else if (/\.(xml|json)$/.test(file) || file === 'robots.txt') checkText(file, text, path.extname(file).slice(1) || 'text');
}

// The fixtures must really be there, or the check proves nothing about content links.
for (const [file, expected] of [
  ['bulletins/2099-01/1-1/index.html', `href="${BASE_PATH}/bulletins/2024-02/#item-2-1-1"`],
  ['bulletins/2099-01/1-1/index.html', `src="${BASE_PATH}/images/2099-01/fig1.svg"`],
  ['qa/base-path-links/index.html', `src="${BASE_PATH}/images/2099-01/fig1.svg"`],
  ['feed.xml', `${ORIGIN}/images/2099-01/fig1.svg`],
] as const) {
  if (!readFileSync(path.join(OUT, file), 'utf8').includes(expected)) problems.push(`${file}: expected ${expected}`);
}

const pages = sitemapPaths(readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8'), ORIGIN);
for (const page of pages) if (!fileForPath(OUT, page)) problems.push(`sitemap.xml: ${page} is not exported`);
if (pages.length < 20) problems.push(`sitemap.xml lists only ${pages.length} pages`);
if (!readFileSync(path.join(OUT, 'robots.txt'), 'utf8').includes(`Sitemap: ${ORIGIN}/sitemap.xml`)) {
  problems.push('robots.txt does not point at the sitemap under the base path');
}

for (const problem of problems) console.error(problem);
console.log(`base path: ${files.length} files, ${pages.length} pages, ${checked} internal URLs checked, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
