/**
 * Q&A file names are ASCII slugs (they become URLs). A slug is never transliterated
 * from Chinese: that would guess at a reading, so a Chinese file name needs --slug.
 */
import path from 'node:path';
import { ASCII_SLUG } from '../routes';

export function resolveSlug(file: string, explicit: string | undefined): { slug: string } | { error: string } {
  if (explicit !== undefined) {
    if (ASCII_SLUG.test(explicit)) return { slug: explicit };
    return {
      error: `--slug "${explicit}" is not an ASCII slug: use lowercase letters, digits and dashes, e.g. digital-village-action-plan-2022-2025`,
    };
  }
  // Jekyll names posts YYYY-MM-DD-title.ext; the date is not part of the slug.
  const base = path
    .basename(file)
    .replace(/\.[^.]*$/u, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/u, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  if (/[^\x00-\x7F]/u.test(base)) {
    return {
      error: `the file name "${path.basename(file)}" is not ASCII, so it gives no slug: pass --slug, e.g. --slug digital-village-action-plan-2022-2025`,
    };
  }
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (!ASCII_SLUG.test(slug)) return { error: `the file name "${path.basename(file)}" gives no slug: pass --slug` };
  return { slug };
}
