/**
 * The export as a static host serves it (npm run serve, Playwright's webServer, Lighthouse,
 * the search bench, through scripts/serve.ts): /path/ → /path/index.html, unknown paths →
 * 404.html with status 404, text compressed (brotli or gzip), hashed assets cached for a
 * year, HTML revalidated. `basePath`, when the site was built with BASE_PATH, is the prefix
 * the site lives under.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // The CMS at /admin/: pdf.js is a module (browsers refuse other types), WebAssembly streams only as application/wasm.
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.yml': 'text/yaml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/** Types worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * How long a browser may keep a file: Next's /_next/static/ names carry a content hash and
 * search-index files are requested with ?v=<build id>, so both never change under their
 * URL; everything else (HTML above all) is revalidated on each visit, cheap with the ETag.
 */
function cacheControl(sitePath: string, search: string): string {
  if (sitePath.startsWith('/_next/static/')) return 'public, max-age=31536000, immutable';
  if (sitePath.startsWith('/search-index/') && new URLSearchParams(search).has('v')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=0, must-revalidate';
}

type Encoding = 'br' | 'gzip' | 'identity';

function pickEncoding(acceptEncoding: string | undefined, type: string): Encoding {
  if (!COMPRESSIBLE.test(type)) return 'identity';
  const accepted = (acceptEncoding ?? '').split(',').map((part) => part.trim().split(';')[0]);
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return 'identity';
}

export interface StaticHostOptions {
  /** The export's folder, absolute. */
  root: string;
  /** The prefix the site lives under ('' or e.g. '/shuzi-xiangcun'); a trailing slash is dropped. */
  basePath?: string;
}

/** The server (not yet listening) that serves `root` as a static host does. */
export function createStaticHost({ root, basePath: rawBasePath = '' }: StaticHostOptions): Server {
  const basePath = rawBasePath.replace(/\/$/, '');

  /** Each file's bytes per encoding, computed on first request: the export does not change while served. */
  const encoded = new Map<string, Buffer>();
  function body(file: string, encoding: Encoding): Buffer {
    const key = `${encoding}:${file}`;
    const cached = encoded.get(key);
    if (cached) return cached;
    const raw = readFileSync(file);
    const bytes =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw;
    encoded.set(key, bytes);
    return bytes;
  }

  const hashes = new Map<string, string>();
  /** A file's ETag core: its content, so a rebuild that changes nothing keeps every cached copy valid. */
  function contentHash(file: string): string {
    let hash = hashes.get(file);
    if (!hash) {
      hash = createHash('sha1').update(body(file, 'identity')).digest('base64url').slice(0, 16);
      hashes.set(file, hash);
    }
    return hash;
  }

  function resolveFile(urlPath: string): string | undefined {
    const inside = path.join(root, path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ''));
    if (!inside.startsWith(root)) return undefined;
    if (existsSync(inside) && statSync(inside).isFile()) return inside;
    const index = path.join(inside, 'index.html');
    if (existsSync(index)) return index;
    if (existsSync(`${inside}.html`)) return `${inside}.html`;
    return undefined;
  }

  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = url.pathname;
    if (basePath) {
      if (pathname === basePath) pathname = `${basePath}/`;
      if (!pathname.startsWith(`${basePath}/`)) pathname = '/__outside_base_path__';
      else pathname = pathname.slice(basePath.length);
    }
    // Directories are canonical with a trailing slash, as next.config sets.
    const file = resolveFile(pathname);
    if (file?.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      response.writeHead(308, { Location: `${basePath}${pathname}/${url.search}` });
      response.end();
      return;
    }
    const found = file ?? resolveFile('/404.html');
    const status = file ? 200 : 404;
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const type = TYPES[path.extname(found)] ?? 'application/octet-stream';
    const encoding = pickEncoding(request.headers['accept-encoding'], type);
    const bytes = body(found, encoding);
    const etag = `"${contentHash(found)}-${encoding}"`;
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': file ? cacheControl(pathname, url.search) : 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ETag: etag,
      ...(COMPRESSIBLE.test(type) ? { Vary: 'Accept-Encoding' } : {}),
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
    };
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
    response.end(request.method === 'HEAD' ? undefined : bytes);
  });
}

/** The command that runs the static host (npm run serve), for a server in a process of its own. */
const SERVE_COMMAND = path.join('scripts', 'serve.ts');

/**
 * Serves `outDir` on `port` from a process of its own (scripts/serve.ts), so the server does not
 * share the measuring process's CPU, until `stop()`; resolves once `readyPath` answers.
 */
export async function startStaticHostProcess({
  outDir,
  port,
  readyPath = '/',
  showErrors = false,
}: {
  outDir: string;
  port: number;
  readyPath?: string;
  /** Pass the server's stderr through. */
  showErrors?: boolean;
}): Promise<{ origin: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SERVE_COMMAND], {
    env: { ...process.env, PORT: String(port), OUT_DIR: outDir, BASE_PATH: '' },
    stdio: ['ignore', 'ignore', showErrors ? 'inherit' : 'ignore'],
  });
  const origin = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}${readyPath}`)).ok) return { origin, stop: () => child.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`${SERVE_COMMAND} did not answer on ${origin}${readyPath}`);
}
