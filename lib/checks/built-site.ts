/**
 * Reading the exported site the way a static host serves it: shared by the base-path
 * check (scripts/check-base-path.ts) and the browser site walk (tests/e2e/site-walk.spec.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The file a static host answers a site path with (/x/ → x/index.html), or undefined for a 404. */
export function fileForPath(outDir: string, sitePath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return undefined;
  }
  const root = path.resolve(outDir);
  const inside = path.join(root, path.normalize(decoded));
  if (!inside.startsWith(root)) return undefined;
  for (const candidate of [inside, path.join(inside, 'index.html'), `${inside}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const idCache = new Map<string, Set<string>>();

/** Every element id in an exported HTML file (our own serializer's output: double-quoted attributes). */
export function idsInFile(file: string): Set<string> {
  const cached = idCache.get(file);
  if (cached) return cached;
  const ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? '')));
  idCache.set(file, ids);
  return ids;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|amp|quot|lt|gt|apos);/gi, (entity, code: string) => {
    const named: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return named[code.toLowerCase()] ?? entity;
  });
}

/** The site paths a sitemap lists, relative to the site root (base path and origin removed). */
export function sitemapPaths(sitemapXml: string, origin: string): string[] {
  return [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = new URL(decodeEntities(m[1] ?? ''));
    if (!url.href.startsWith(origin)) throw new Error(`sitemap entry ${url.href} is not under ${origin}`);
    return `/${url.href.slice(origin.length).replace(/^\//, '')}`;
  });
}
