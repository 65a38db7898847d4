/**
 * Term → shard routing. FNV-1a over UTF-16 code units followed by the
 * murmur3 finaliser (so low bits are well mixed), then modulo K. Pure
 * integer arithmetic: identical at build time (Node) and in every browser.
 */
export function hashTerm(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function shardOf(term: string, shardCount: number): number {
  return hashTerm(term) % shardCount;
}

/** Cheap content hash used as a build id (hex). */
export function hashString(s: string): string {
  return hashTerm(s).toString(16).padStart(8, '0');
}
