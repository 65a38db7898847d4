/**
 * Bytes as a static host would send them: every file compressed with gzip and
 * with brotli, counted only when that is smaller (files Pagefind already
 * gzipped are sent as they are).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const ZERO: Bytes = { raw: 0, gzip: 0, brotli: 0 };

const cache = new Map<string, Bytes>();

export function dataBytes(data: Buffer): Bytes {
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
  return { raw: data.length, gzip: Math.min(data.length, gzip), brotli: Math.min(data.length, brotli) };
}

export function fileBytes(file: string): Bytes {
  let sizes = cache.get(file);
  if (!sizes) {
    sizes = dataBytes(readFileSync(file));
    cache.set(file, sizes);
  }
  return sizes;
}

export function addBytes(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => path.join(dir, rel))
    .filter((file) => statSync(file).isFile());
}

export type FilesBytes = Bytes & { files: number };

/** Total bytes of some files, each as served. */
export function filesBytes(files: readonly string[]): FilesBytes {
  return { ...files.map(fileBytes).reduce(addBytes, ZERO), files: files.length };
}

/** Total bytes of a folder, file by file as served. */
export function folderBytes(dir: string): FilesBytes {
  return filesBytes(filesUnder(dir));
}

/** Only the raw size (no compression): cheap enough for a whole exported site. */
export function rawFolderBytes(dir: string): number {
  return filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}
