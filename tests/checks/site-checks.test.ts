/** lib/checks/site-checks.ts: the browserless walk over an export finds each kind of fault, and passes a sound page. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPolicy } from '../../lib/checks/page-policy';
import { checkSite } from '../../lib/checks/site-checks';
import { adminPage } from '../../lib/cms/admin-page';

const SITE_URL = 'https://example.org';

interface PageParts {
  lang?: string;
  title?: string;
  description?: string;
  canonical?: string;
  feed?: boolean;
  body?: string;
  head?: string;
}

function page(pagePath: string, parts: PageParts = {}, basePath = ''): string {
  const origin = `${SITE_URL}${basePath}`;
  const {
    lang = 'zh-CN',
    title = '标题',
    description = '一段足够长的页面描述文字，超过十个字。',
    canonical = `${origin}${pagePath}`,
    feed = true,
    body = '<h1>标题</h1>',
    head = '',
  } = parts;
  const html = [
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"/><title>${title}</title>`,
    `<meta name="description" content="${description}"/>`,
    canonical ? `<link rel="canonical" href="${canonical}"/>` : '',
    feed ? `<link rel="alternate" type="application/rss+xml" href="${origin}/feed.xml"/>` : '',
    head,
    `</head><body>${body}</body></html>`,
  ].join('');
  // Every exported page carries its policy (npm run build's last step does this).
  return withPolicy(html, { stylesheetDataImages: false });
}

/** An export with the given files (site paths → text), plus a sitemap, robots.txt and a feed. */
function site(files: Record<string, string>, sitemap: string[] = ['/'], basePath = ''): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'site-checks-'));
  const origin = `${SITE_URL}${basePath}`;
  const all: Record<string, string> = {
    'sitemap.xml': `<urlset>${sitemap.map((p) => `<loc>${origin}${p}</loc>`).join('')}</urlset>`,
    'robots.txt': `Sitemap: ${origin}/sitemap.xml\n`,
    'feed.xml': `<rss><link>${origin}/</link></rss>`,
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const check = (dir: string, basePath = '') => checkSite({ outDir: dir, siteUrl: SITE_URL, basePath });

describe('checkSite', () => {
  it('passes pages whose links, anchors, images and metadata all hold', () => {
    const dir = site(
      {
        'index.html': page('/', {
          body: '<h1 id="top">首页</h1><a href="/a/">A</a><a href="/a/#x">A 的 x</a><a href="#top">顶部</a><img src="/i.svg" alt="图"/>',
          head: `<script type="application/ld+json">{"@context":"https://schema.org","url":"${SITE_URL}/a/"}</script>`,
        }),
        'a/index.html': page('/a/', { body: '<h1 id="x">A</h1><a href="../">上一级</a>' }),
        'i.svg': '<svg/>',
        '404.html': page('/404.html', { head: '<meta name="robots" content="noindex"/>', canonical: '', feed: false, description: '' }),
      },
      ['/', '/a/'],
    );
    const result = check(dir);
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(3);
    expect(result.urls).toBeGreaterThanOrEqual(7);
  });

  it('names each fault with its file', () => {
    const dir = site(
      {
        'index.html': page('/', {
          lang: 'en',
          body: '<h1>一</h1><h1>二</h1><a href="/missing/">坏链接</a><a href="/a/#nope">坏锚点</a><img src="/a.png" alt=" "/>',
          head: '<script type="application/ld+json">{"@context":</script>',
        }),
        'a/index.html': page('/a/', { title: '', description: '短', canonical: `${SITE_URL}/b/`, feed: false }),
        'a.png': '',
      },
      ['/', '/a/', '/gone/'],
    );
    expect(check(dir).problems.sort()).toEqual(
      [
        'index.html: lang is en, expected zh-CN',
        'index.html: 2 h1 headings, expected one',
        'index.html: image /a.png has no alt text',
        'index.html: <a href> /missing/ leads to no exported file',
        'index.html: <a href> /a/#nope names no element #nope',
        'index.html: JSON-LD does not parse',
        'a/index.html: no title',
        'a/index.html: no description of more than 10 characters',
        `a/index.html: canonical is ${SITE_URL}/b/, expected ${SITE_URL}/a/`,
        `a/index.html: <link href> ${SITE_URL}/b/ leads to no exported file`,
        'a/index.html: no RSS feed link',
        'sitemap.xml: /gone/ is not exported',
      ].sort(),
    );
  });

  it('fails an exported page the sitemap does not list, but not a noindex page', () => {
    const dir = site(
      {
        'index.html': page('/', { body: '<h1>首页</h1><a href="/new/">新页面</a>' }),
        'new/index.html': page('/new/', { body: '<h1>新页面</h1>' }),
        '404.html': page('/404.html', { head: '<meta name="robots" content="noindex"/>', canonical: '', feed: false, description: '' }),
      },
      ['/'],
    );
    expect(check(dir).problems).toEqual(['sitemap.xml: does not list the exported page /new/']);
  });

  it('fails a sitemap address that is exported but is no indexable page, or lies outside the site', () => {
    const notFound = page('/404.html', { head: '<meta name="robots" content="noindex"/>', canonical: '', feed: false, description: '' });
    const dir = site({ 'index.html': page('/'), '404.html': notFound }, ['/', '/404.html', '/feed.xml']);
    expect(check(dir).problems).toEqual([
      'sitemap.xml: /404.html is exported, but not as a page search engines may index',
      'sitemap.xml: /feed.xml is exported, but not as a page search engines may index',
    ]);
    writeFileSync(path.join(dir, 'sitemap.xml'), `<urlset><loc>${SITE_URL}/</loc><loc>https://elsewhere.example/</loc></urlset>`);
    expect(check(dir).problems).toEqual([
      `sitemap.xml: sitemap entry https://elsewhere.example/ is not under ${SITE_URL}`,
      'sitemap.xml: does not list the exported page /',
    ]);
  });

  it('under a base path, finds internal addresses that lack it', () => {
    const base = '/sub';
    const dir = site(
      {
        'index.html': page('/', { body: '<h1>首页</h1><a href="/sub/a/">好</a><a href="/a/">缺前缀</a>' }, base),
        'a/index.html': page('/a/', {}, base),
        'feed.xml': `<rss><link>${SITE_URL}/a/</link><description>&lt;a href="/sub/a/"&gt;</description></rss>`,
      },
      ['/', '/a/'],
      base,
    );
    expect(check(dir, base).problems).toEqual([
      'feed.xml: xml https://example.org/a/ lacks the base path /sub',
      'index.html: <a href> /a/ lacks the base path /sub',
    ]);
  });

  describe('the CMS page, /admin/', () => {
    const admin = adminPage({ previewStyles: [] });
    const scripts = { 'admin/cms.js': '', 'admin/decap-cms.js': '', 'admin/admin.css': '' };

    it('passes with its own policy, noindex and no canonical, description or feed link', () => {
      expect(check(site({ 'index.html': page('/'), 'admin/index.html': admin, ...scripts })).problems).toEqual([]);
    });

    it('fails with any other policy, inline code, without noindex, or listed in the sitemap', () => {
      const dir = site(
        {
          'index.html': page('/'),
          'admin/index.html': withPolicy(
            admin
              .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
              .replace('noindex, nofollow', 'all')
              .replace('</body>', '<script>CMS.init()</script></body>'),
          ),
          ...scripts,
        },
        ['/', '/admin/'],
      );
      expect(check(dir).problems).toEqual([
        'admin/index.html: the CMS page has no noindex',
        'admin/index.html: the CMS page does not carry ADMIN_CSP (lib/cms/admin-page.ts) as its one policy',
        'admin/index.html: the CMS page has inline scripts or <style> elements',
        'sitemap.xml: lists the CMS page /admin/',
      ]);
    });
  });
});
