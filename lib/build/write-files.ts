import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes each file (text or bytes) under `dir`, its path a `/`-separated one relative to `dir` (a leading `/`
 * allowed, as site paths have), making folders as needed; returns the bytes written.
 * What the steps that add files to the export or to public/ share.
 */
export function writeFilesUnder(dir: string, files: Iterable<{ path: string; body: string | Uint8Array }>): number {
  let bytes = 0;
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.body);
    bytes += Buffer.byteLength(file.body);
  }
  return bytes;
}
