/**
 * Serve the exported site in out/ on http://localhost:$PORT (default 3000), the way a
 * static host does: /path/ → /path/index.html, unknown paths → 404.html with status 404.
 * BASE_PATH, when set at build time, is the prefix the site lives under.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // The CMS at /admin/: pdf.js is a module (browsers refuse other types), WebAssembly streams only as application/wasm.
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.yml': 'text/yaml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

if (!existsSync(root)) {
  console.error(`${root} does not exist: run npm run build first.`);
  process.exit(1);
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

const server = createServer((request, response) => {
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
  response.writeHead(status, { 'Content-Type': TYPES[path.extname(found)] ?? 'application/octet-stream' });
  createReadStream(found).pipe(response);
});

server.listen(port, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} on http://localhost:${port}${basePath}/`);
});
