/**
 * The kept original PDF of an issue as the pages and feeds offer it: its address and size,
 * read from the site's public folder at build (validation has checked it is there).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Bulletin } from './types';

export function originalPdfFile(
  bulletin: Pick<Bulletin, 'pdf'>,
  publicDir = path.resolve('public'),
): { url: string; bytes: number } | undefined {
  if (!bulletin.pdf) return undefined;
  try {
    return { url: bulletin.pdf, bytes: statSync(path.join(publicDir, bulletin.pdf)).size };
  } catch {
    return undefined;
  }
}
