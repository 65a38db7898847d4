/**
 * Build-time serialisation of the index into small JSON files.
 *
 * Bounded first-query cost: a query fetches manifest.json (constant size),
 * one term shard per distinct query term, and one docs/ and one text/ chunk
 * per displayed result (facets.json only when filtering). The shard count K
 * grows with the corpus (a power of two chosen so that an average shard
 * stays under `targetShardBytes`), so a shard's size stays roughly constant
 * as the archive grows; only the posting lists of the query's own terms grow
 * with the number of matching documents. Chunk sizes for docs/ and text/ are
 * chosen from average entry size so each chunk stays around its byte target.
 */
import { hashString } from '../hash';
import { type CompiledIndex, compileIndex } from './compile';
import {
  docsFile,
  type EncodedPostings,
  encodeDoc,
  encodePostings,
  FACETS_FILE,
  FORMAT,
  FORMAT_VERSION,
  MANIFEST_FILE,
  type SearchManifest,
  shardOf,
  termShardFile,
  textFile,
} from './index-files';
import type { SearchDocument } from './types';

export interface BuildOptions {
  /** Force the number of term shards (default: chosen from corpus size). */
  termShards?: number;
  /** Average term-shard size to aim for, bytes. Default 32 KiB. */
  targetShardBytes?: number;
  /** Max term shards when chosen automatically. Default 4096. */
  maxTermShards?: number;
  /** Aim for docs/ chunks of about this many bytes. Default 2 KiB. */
  targetMetaBytes?: number;
  /** Aim for text/ chunks of about this many bytes. Default 4 KiB. */
  targetTextBytes?: number;
}

export interface BuiltIndex {
  manifest: SearchManifest;
  /** Relative file name → JSON text, e.g. 'manifest.json', 'terms/07.json', 'docs/0.json'. */
  files: Record<string, string>;
}

const utf8 = new TextEncoder();
const byteLength = (s: string): number => utf8.encode(s).length;

function chunkSize(entries: readonly string[], targetBytes: number): number {
  if (entries.length === 0) return 1;
  const total = entries.reduce((sum, e) => sum + byteLength(e) + 1, 0);
  return Math.max(1, Math.floor(targetBytes / (total / entries.length)));
}

function chooseShardCount(totalBytes: number, target: number, max: number): number {
  let k = 1;
  while (k < max && totalBytes / k > target) k *= 2;
  return k;
}

function sortedKeys<T>(m: Map<string, T>): string[] {
  return [...m.keys()].sort();
}

function serializeIndex(index: CompiledIndex, options: BuildOptions = {}): BuiltIndex {
  const files: Record<string, string> = {};

  // Term shards.
  const encoded = new Map<string, EncodedPostings>();
  let postingBytes = 0;
  for (const term of sortedKeys(index.postings)) {
    const list = index.postings.get(term);
    if (!list) continue;
    const enc = encodePostings(list);
    encoded.set(term, enc);
    postingBytes += byteLength(term) + JSON.stringify(enc).length + 4;
  }
  const k = options.termShards ?? chooseShardCount(postingBytes, options.targetShardBytes ?? 32 * 1024, options.maxTermShards ?? 4096);
  if (!Number.isInteger(k) || k < 1) throw new Error(`termShards must be a positive integer, got ${k}`);
  const shards: Array<Record<string, EncodedPostings>> = Array.from({ length: k }, () => ({}));
  for (const [term, enc] of encoded) (shards[shardOf(term, k)] as Record<string, EncodedPostings>)[term] = enc;
  shards.forEach((shard, i) => {
    files[termShardFile(i, k)] = JSON.stringify(shard);
  });

  // Facets.
  const facets: Record<string, number[]> = {};
  for (const key of sortedKeys(index.facets)) facets[key] = index.facets.get(key) as number[];
  files[FACETS_FILE] = JSON.stringify(facets);

  // Display store and bodies, chunked by document number.
  const docEntries = index.docs.map((d) => JSON.stringify(encodeDoc(d)));
  const bodyEntries = index.bodies.map((b) => JSON.stringify(b));
  const metaChunkSize = chunkSize(docEntries, options.targetMetaBytes ?? 2 * 1024);
  const textChunkSize = chunkSize(bodyEntries, options.targetTextBytes ?? 4 * 1024);
  for (let c = 0; c * metaChunkSize < index.docCount; c++) {
    files[docsFile(c)] = `[${docEntries.slice(c * metaChunkSize, (c + 1) * metaChunkSize).join(',')}]`;
  }
  for (let c = 0; c * textChunkSize < index.docCount; c++) {
    files[textFile(c)] = `[${bodyEntries.slice(c * textChunkSize, (c + 1) * textChunkSize).join(',')}]`;
  }

  const names = Object.keys(files).sort();
  const buildId = hashString(names.map((n) => `${n}\n${files[n]}`).join('\n'));
  const manifest: SearchManifest = {
    format: FORMAT,
    version: FORMAT_VERSION,
    buildId,
    docCount: index.docCount,
    termShards: k,
    metaChunkSize,
    textChunkSize,
    facetCounts: index.facetCounts,
  };
  files[MANIFEST_FILE] = JSON.stringify(manifest);
  return { manifest, files };
}

/** Documents → the manifest and every index file by relative name; the caller writes them to one folder. */
export function buildIndex(docs: readonly SearchDocument[], options: BuildOptions = {}): BuiltIndex {
  return serializeIndex(compileIndex(docs), options);
}
