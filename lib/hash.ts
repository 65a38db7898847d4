/**
 * The project's one string hash: FNV-1a over UTF-16 code units. Pure 32-bit integer
 * arithmetic, so the build (Node) and every browser get the same number: search shard
 * names, the search build id, taxonomy fallback slugs and citation keys all rest on it.
 */

/** FNV-1a, unsigned 32 bits. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a followed by the murmur3 finaliser, so the low bits are well mixed too (routing by `% k`). */
export function mixedHash(text: string): number {
  let h = fnv1a(text);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mixedHash as 8 hex digits: a cheap content hash (the search build id, citation keys). */
export function hashString(text: string): string {
  return mixedHash(text).toString(16).padStart(8, '0');
}
