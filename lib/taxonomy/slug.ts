import { slug as githubSlug } from 'github-slugger';
import { fnv1a } from '../hash';
import { ASCII_SLUG } from '../routes';

/**
 * Stable 6-hex-digit hash of a name (FNV-1a over UTF-16 code units): the fallback URL
 * segment for a Chinese name nobody has given a readable slug yet. Pinyin would need a
 * dictionary the build does not have, and a guessed reading is worse than an honest hash.
 */
export function shortHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0').slice(0, 6);
}

/** ASCII URL segment for a free name: slugged when the name is ASCII already, `prefix-3f9a2c` otherwise. */
export function fallbackSlug(name: string, prefix: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  if (/^[\x00-\x7F]+$/.test(name)) {
    const ascii = githubSlug(name);
    if (ASCII_SLUG.test(ascii)) return ascii;
  }
  return `${prefix}-${shortHash(name.normalize('NFKC').trim())}`;
}

/** Identity of a name across spellings: NFKC folds full- and half-width forms, whitespace never counts. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}
