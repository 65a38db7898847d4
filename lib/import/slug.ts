/**
 * Q&A file names are ASCII slugs (they become URLs). A slug is never transliterated
 * from Chinese: that would guess at a reading, so a Chinese file name needs --slug.
 */
import path from 'node:path';
import { ASCII_SLUG } from '../routes';
import { type ImportError, importError } from './errors';

/** The slug, or the problem, reported at line 1 (the command line or the file's name, not its text, is at fault). */
export function resolveSlug(file: string, explicit: string | undefined): { slug: string } | { error: ImportError } {
  if (explicit !== undefined) {
    if (ASCII_SLUG.test(explicit)) return { slug: explicit };
    return { error: importError('post-bad-slug', 1, { slug: explicit }) };
  }
  // Jekyll names posts YYYY-MM-DD-title.ext; the date is not part of the slug.
  const base = path
    .basename(file)
    .replace(/\.[^.]*$/u, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/u, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  if (/[^\x00-\x7F]/u.test(base)) {
    return { error: importError('post-file-name-not-ascii', 1, { name: path.basename(file) }) };
  }
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (!ASCII_SLUG.test(slug)) return { error: importError('post-file-name-no-slug', 1, { name: path.basename(file) }) };
  return { slug };
}
