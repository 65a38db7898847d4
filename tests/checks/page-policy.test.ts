import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageCode, pagePolicies, parsePolicy, policyProblems, sha256Source, withPolicy } from '../../lib/checks/page-policy';
import { ADMIN_CSP } from '../../lib/cms/admin-page';

const THEME = "(function(){document.documentElement.setAttribute('data-js','')})();";
const PAYLOAD = 'self.__next_f.push([1,"x"])';
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;
const policyOf = (html: string) => parsePolicy(/content="([^"]*)"/.exec(html.slice(html.indexOf('Content-Security-Policy')))?.[1] ?? '');

describe('sha256Source', () => {
  it('hashes the UTF-8 text as CSP does (openssl dgst -sha256 -binary | base64)', () => {
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('withPolicy', () => {
  const html = page(
    `<link rel="stylesheet" href="/a.css"/><script src="/_next/a.js" async=""></script><script>${THEME}</script><script type="application/ld+json">{"@context":"https://schema.org"}</script>`,
    `<p>正文</p><script>${PAYLOAD}</script>`,
  );
  const result = withPolicy(html);
  const policy = policyOf(result);

  it('puts the policy right after <meta charset>, before every link and script, and changes nothing else', () => {
    const meta = result.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBe(result.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length);
    expect(meta).toBeLessThan(result.indexOf('<link'));
    expect(result.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/, '')).toBe(html);
  });

  it('allows each executable inline script by hash, not JSON-LD, and nothing unsafe', () => {
    expect(policy.get('script-src')).toEqual(["'self'", sha256Source(THEME), sha256Source(PAYLOAD)]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.has('img-src')).toBe(false);
    expect(policyProblems(result)).toEqual([]);
  });

  it('is first in <head> when there is no <meta charset>', () => {
    const bare = withPolicy('<!DOCTYPE html><html><head><title>t</title></head><body></body></html>');
    expect(bare).toMatch(/^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"/);
  });

  it('replaces its own tag when run again instead of adding a second', () => {
    expect(withPolicy(result)).toBe(result);
  });

  it('hashes the text a browser sees: CRLF in the file is LF after parsing', () => {
    const crlf = withPolicy(page('<script>a();\r\nb();</script>'));
    expect(policyOf(crlf).get('script-src')).toContain(sha256Source('a();\nb();'));
  });

  it('allows style= attributes by hash with unsafe-hashes, only where a page has them', () => {
    const styled = withPolicy(page('', '<ul style="grid-row:2"><li style="grid-column:3">x</li></ul><style>p{color:red}</style>'));
    expect(policyOf(styled).get('style-src')).toEqual([
      "'self'",
      sha256Source('p{color:red}'),
      "'unsafe-hashes'",
      sha256Source('grid-row:2'),
      sha256Source('grid-column:3'),
    ]);
    expect(policyProblems(styled)).toEqual([]);
  });

  it('allows data: images only where used', () => {
    expect(policyOf(withPolicy(page('', '<img src="data:image/png;base64,AAAA" alt="x">'))).get('img-src')).toEqual(["'self'", 'data:']);
    expect(policyOf(withPolicy(page(''), { stylesheetDataImages: true })).get('img-src')).toEqual(["'self'", 'data:']);
  });
});

describe('policyProblems', () => {
  it('finds a page without a policy', () => {
    expect(policyProblems(page(`<script>${THEME}</script>`))).toEqual(['0 Content-Security-Policy <meta> tags, expected 1']);
  });

  it('finds an inline script the policy has no hash for', () => {
    const stale = withPolicy(page(`<script>${THEME}</script>`)).replace('</body>', `<script>${PAYLOAD}</script></body>`);
    expect(policyProblems(stale)).toEqual([`inline script without a hash in script-src: ${PAYLOAD}…`]);
  });

  it('finds a policy that comes after other head elements, or allows unsafe-inline', () => {
    const late = page(
      `<title>t</title><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'"/>`,
    );
    expect(policyProblems(late)).toEqual([
      'the Content-Security-Policy <meta> is not at the top of <head> (only <meta charset> may precede it)',
      "script-src allows 'unsafe-inline'",
    ]);
  });

  it('finds inline code no hash allows: event handler attributes and javascript: URLs', () => {
    const handlers = withPolicy(page('', '<button onclick="go()">x</button><a href="javascript:go()">y</a>'));
    expect(policyProblems(handlers)).toEqual([
      '<button> (line 1) has an inline event handler onclick',
      '<a> (line 1) has a javascript: URL',
    ]);
    expect(pageCode(handlers).unhashable).toHaveLength(2);
  });
});

describe('the steps after next build (npm run build -- --from placeholder-pages)', { timeout: 60_000 }, () => {
  const run = (dir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--from', 'placeholder-pages'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, OUT_DIR: dir },
      encoding: 'utf8',
    });

  it('writes the policy into every page of the export', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csp-export-'));
    try {
      writeFileSync(path.join(dir, 'index.html'), page(`<script>${THEME}</script>`));
      const result = run(dir);
      expect(result.status).toBe(0);
      expect(policyProblems(readFileSync(path.join(dir, 'index.html'), 'utf8'))).toEqual([]);
      // The CMS page, added last, keeps its own policy, also when the step runs again.
      expect(pagePolicies(readFileSync(path.join(dir, 'admin/index.html'), 'utf8'))).toEqual([ADMIN_CSP]);
      expect(run(dir).status).toBe(0);
      expect(pagePolicies(readFileSync(path.join(dir, 'admin/index.html'), 'utf8'))).toEqual([ADMIN_CSP]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the build, naming the page, when a page runs inline code a hash cannot allow', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csp-export-'));
    try {
      writeFileSync(path.join(dir, 'index.html'), page('', '<button onclick="go()">x</button>'));
      const result = run(dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('index.html: <button> (line 1) has an inline event handler onclick');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
