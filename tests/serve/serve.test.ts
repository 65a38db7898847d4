import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const site = mkdtempSync(path.join(tmpdir(), 'serve-'));
const html = `<!DOCTYPE html><html><body>${'数字乡村'.repeat(500)}</body></html>`;
let server: ChildProcess;
let origin = '';

beforeAll(async () => {
  mkdirSync(path.join(site, '_next', 'static', 'chunks'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), html);
  writeFileSync(path.join(site, '404.html'), '<!DOCTYPE html><p>404</p>');
  writeFileSync(path.join(site, '_next', 'static', 'chunks', 'a1b2.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  writeFileSync(path.join(site, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    cwd: root,
    env: { ...process.env, OUT_DIR: site, PORT: '0' },
  });
  origin = await new Promise<string>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      const match = /on (http:\/\/localhost:\d+)\//.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}, 60_000);

afterAll(() => {
  server?.kill();
  rmSync(site, { recursive: true, force: true });
});

/** The raw bytes and headers (fetch would decompress the body itself). */
function raw(url: string, acceptEncoding: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('npm start server (scripts/serve.ts)', () => {
  it('compresses HTML with brotli or gzip, as the browser accepts, and lets it be revalidated', async () => {
    for (const [accept, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const { headers, body } = await raw(`${origin}/`, accept);
      expect(headers['content-encoding']).toBe(accept);
      expect(headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      expect(headers.vary).toBe('Accept-Encoding');
      expect(body.length).toBeLessThan(html.length / 5);
      expect(decode(body).toString()).toBe(html);
    }
  });

  it('caches hashed assets for a year, and answers an unchanged ETag with 304', async () => {
    const asset = `${origin}/_next/static/chunks/a1b2.js`;
    const first = await fetch(asset, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await fetch(asset, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('sends images as they are, and unknown paths get the 404 page, never cached', async () => {
    const image = await fetch(`${origin}/icon.png`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(image.headers.get('content-encoding')).toBeNull();
    expect(image.headers.get('content-type')).toBe('image/png');
    const missing = await fetch(`${origin}/nope/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(await missing.text()).toContain('404');
  });
});
