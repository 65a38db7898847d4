/**
 * Checks that walk the exported site without a browser, every page of it: each page has
 * its language, title, description, canonical address, feed link and one h1; every image
 * has alt text; every address into the site (links, stylesheets, scripts, images, meta
 * URLs, JSON-LD, feeds, robots.txt) leads to an exported file, and every #anchor to an
 * element; every page carries a Content-Security-Policy that allows its inline code and
 * nothing more; every page the sitemap lists is exported, and every indexable page is listed. The
 * CMS's page (/admin/) is checked against its own policy (lib/cms/admin-page.ts), must be noindex,
 * and must not be in the sitemap. Linear in the size of the export: a streaming parse per file,
 * and each link target's ids read once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { ADMIN_CSP } from '../cms/admin-page';
import { ADMIN_DIR } from '../cms/names';
import { fileForPath, idsInFile, sitemapPaths } from './built-site';
import { pageCode, pagePolicies, policyProblems } from './page-policy';

export interface SiteCheckOptions {
  /** The exported site. */
  outDir: string;
  /** SITE_URL as the build saw it, without a trailing slash: `http://localhost:3000`. */
  siteUrl: string;
  /** BASE_PATH as the build saw it: '' or `/shuzi-xiangcun`. */
  basePath: string;
}

export interface SiteCheckResult {
  /** HTML pages read. */
  pages: number;
  /** Files read (pages, feeds, sitemap, robots.txt, JSON). */
  files: number;
  /** Addresses into the site that were resolved. */
  urls: number;
  /** `file: what is wrong`, in file order. */
  problems: string[];
}

/** What one HTML page says about itself, read in one streaming pass. */
interface PageFacts {
  lang?: string;
  title: string;
  description?: string;
  canonical?: string;
  feedLinks: number;
  h1s: number;
  noindex: boolean;
  /** Addresses in attributes, with where they were found. */
  urls: { url: string; where: string }[];
  imagesWithoutAlt: string[];
  jsonLd: string[];
}

const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  form: ['action'],
  video: ['src', 'poster'],
};

function readPage(html: string): PageFacts {
  const facts: PageFacts = { title: '', feedLinks: 0, h1s: 0, noindex: false, urls: [], imagesWithoutAlt: [], jsonLd: [] };
  let inTitle = false;
  let jsonLd: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html') facts.lang = attributes.lang;
        if (name === 'title') inTitle = true;
        if (name === 'h1') facts.h1s += 1;
        if (name === 'meta') {
          if (attributes.name === 'description') facts.description = attributes.content;
          if (attributes.name === 'robots' && attributes.content?.includes('noindex')) facts.noindex = true;
          const content = attributes.content ?? '';
          if (/^https?:\/\//.test(content)) facts.urls.push({ url: content, where: `<meta ${attributes.property ?? attributes.name}>` });
        }
        if (name === 'link' && attributes.rel === 'canonical') facts.canonical = attributes.href;
        if (name === 'link' && attributes.rel === 'alternate' && attributes.type === 'application/rss+xml') facts.feedLinks += 1;
        if (name === 'img' && !attributes.alt?.trim()) facts.imagesWithoutAlt.push(attributes.src ?? '(no src)');
        if (name === 'script' && attributes.type === 'application/ld+json') jsonLd = '';
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) facts.urls.push({ url: value, where: `<${name} ${attribute}>` });
        }
      },
      ontext(text) {
        if (inTitle) facts.title += text;
        if (jsonLd !== undefined) jsonLd += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script' && jsonLd !== undefined) {
          facts.jsonLd.push(jsonLd);
          jsonLd = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return facts;
}

/**
 * The CMS page keeps the policy it was written with, which Decap needs (lib/cms/admin-page.ts):
 * exactly that one, and no inline code, so it needs nothing more.
 */
function adminPageProblems(html: string, page: PageFacts): string[] {
  const problems: string[] = [];
  if (!page.noindex) problems.push('the CMS page has no noindex');
  const policies = pagePolicies(html);
  if (policies.length !== 1 || policies[0] !== ADMIN_CSP)
    problems.push('the CMS page does not carry ADMIN_CSP (lib/cms/admin-page.ts) as its one policy');
  const code = pageCode(html);
  if (code.scripts.length > 0 || code.styleElements.length > 0) problems.push('the CMS page has inline scripts or <style> elements');
  problems.push(...code.unhashable);
  return problems;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function checkSite({ outDir, siteUrl, basePath }: SiteCheckOptions): SiteCheckResult {
  const root = path.resolve(outDir);
  const origin = `${siteUrl}${basePath}`;
  const problems: string[] = [];
  let urls = 0;
  let pages = 0;

  /** A site path (no base path, no origin) for a URL that points into the site; undefined for other sites. */
  const sitePathOf = (url: string, pagePath: string, report: (message: string) => void): string | undefined => {
    if (url.startsWith(siteUrl)) {
      if (url !== origin && !url.startsWith(`${origin}/`)) return void report(`${url} lacks the base path ${basePath}`);
      return url.slice(origin.length) || '/';
    }
    if (url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
    if (url.startsWith('#')) return `${pagePath}${url}`;
    if (url.startsWith('/')) {
      if (basePath && url !== basePath && !url.startsWith(`${basePath}/`)) return void report(`${url} lacks the base path ${basePath}`);
      return url.slice(basePath.length) || '/';
    }
    const resolved = new URL(url, `http://site${pagePath}`);
    return `${resolved.pathname}${resolved.hash}`;
  };

  const checkUrl = (url: string, file: string, pagePath: string, where: string) => {
    const report = (message: string) => problems.push(`${file}: ${where} ${message}`);
    const sitePath = sitePathOf(url.trim(), pagePath, report);
    if (sitePath === undefined) return;
    urls += 1;
    const [withQuery = '/', hash] = sitePath.split('#');
    const target = fileForPath(root, withQuery.split('?')[0] ?? '/');
    if (!target) return report(`${url} leads to no exported file`);
    if (hash && target.endsWith('.html') && !idsInFile(target).has(decodeURIComponent(hash))) report(`${url} names no element #${hash}`);
  };

  const absoluteUrls = new RegExp(`${siteUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"'<>\\\\)\\]]*`, 'g');
  /** Absolute site URLs anywhere in a text, and root-relative href/src in HTML embedded in it (feeds, JSON-LD). */
  const checkText = (text: string, file: string, pagePath: string, where: string) => {
    for (const match of text.matchAll(absoluteUrls)) checkUrl(match[0], file, pagePath, where);
    for (const match of text.matchAll(/(?:href|src)=\\?"(\/[^"\\]*)/g)) checkUrl(match[1] ?? '', file, pagePath, `${where} (content)`);
  };

  const checkPage = (html: string, file: string, pagePath: string) => {
    const page = readPage(html);
    const report = (message: string) => problems.push(`${file}: ${message}`);
    if (page.lang !== 'zh-CN') report(`lang is ${page.lang ?? 'missing'}, expected zh-CN`);
    if (!page.title.trim()) report('no title');
    if (page.h1s !== 1) report(`${page.h1s} h1 headings, expected one`);
    for (const src of page.imagesWithoutAlt) report(`image ${src} has no alt text`);
    // Not-found pages are noindex and stand for no address: no canonical, description or feed link.
    const isAdmin = pagePath.startsWith(`/${ADMIN_DIR}/`);
    if (!page.noindex && !isAdmin) {
      indexable.push(pagePath);
      if ((page.description?.trim().length ?? 0) <= 10) report('no description of more than 10 characters');
      if (page.canonical !== `${origin}${pagePath}`) report(`canonical is ${page.canonical ?? 'missing'}, expected ${origin}${pagePath}`);
      if (page.feedLinks === 0) report('no RSS feed link');
    }
    for (const { url, where } of page.urls) checkUrl(url, file, pagePath, where);
    for (const problem of isAdmin ? adminPageProblems(html, page) : policyProblems(html)) report(problem);
    for (const json of page.jsonLd) {
      try {
        const data = JSON.parse(json) as Record<string, unknown>;
        if (data['@context'] !== 'https://schema.org') report('JSON-LD without the schema.org context');
      } catch {
        report('JSON-LD does not parse');
        continue;
      }
      checkText(json, file, pagePath, 'JSON-LD');
    }
  };

  /** Pages a search engine should find: every one must be in the sitemap. */
  const indexable: string[] = [];
  const files = filesUnder(root).filter((full) => !full.includes(`${path.sep}_next${path.sep}`));
  for (const full of files) {
    const file = path.relative(root, full).split(path.sep).join('/');
    if (file.endsWith('.html')) {
      pages += 1;
      const pagePath = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      checkPage(readFileSync(full, 'utf8'), file, pagePath);
    } else if ((/\.(xml|json)$/.test(file) && file !== 'sitemap.xml') || file === 'robots.txt') {
      checkText(readFileSync(full, 'utf8'), file, `/${file}`, path.extname(file).slice(1) || 'text');
    }
  }

  const sitemap = fileForPath(root, '/sitemap.xml');
  if (!sitemap) problems.push('sitemap.xml: missing');
  else {
    let listed = new Set<string>();
    try {
      listed = new Set(sitemapPaths(readFileSync(sitemap, 'utf8'), origin));
    } catch (error) {
      problems.push(`sitemap.xml: ${(error as Error).message}`);
    }
    // Each address the sitemap lists is an exported page a search engine may index: not a
    // missing page, not a noindex page (404.html), not a file that is no page (feed.xml).
    const pages = new Set(indexable);
    for (const page of listed) {
      if (page.startsWith(`/${ADMIN_DIR}/`)) problems.push(`sitemap.xml: lists the CMS page ${page}`);
      else if (!fileForPath(root, page)) problems.push(`sitemap.xml: ${page} is not exported`);
      else if (!pages.has(page)) problems.push(`sitemap.xml: ${page} is exported, but not as a page search engines may index`);
    }
    // A route added without its sitemap entry would otherwise ship unlisted, silently.
    for (const page of indexable) if (!listed.has(page)) problems.push(`sitemap.xml: does not list the exported page ${page}`);
  }
  const robots = fileForPath(root, '/robots.txt');
  if (!robots || !readFileSync(robots, 'utf8').includes(`Sitemap: ${origin}/sitemap.xml`)) {
    problems.push('robots.txt: does not point at the sitemap');
  }
  return { pages, files: files.length, urls, problems };
}
