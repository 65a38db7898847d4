/**
 * The shipped file format: names, manifest shape and the compact JSON
 * encodings. Encoders (build time) and decoders (query time) sit side by
 * side so they change together.
 *
 *   manifest.json        SearchManifest (small, constant size)
 *   facets.json          { "section:work": [start, end, …], … } — only for filtered searches
 *   terms/<hex>.json     { term: [docDelta, code, docDelta, code, …] } — one shard per term hash
 *   docs/<n>.json        display fields of documents n*metaChunkSize … (tuples)
 *   text/<n>.json        bodies of documents n*textChunkSize …
 */
import { mixedHash } from '../hash';
import type { FacetCounts, PostingList } from './compile';
import type { DisplayDocument } from './types';

export const FORMAT = 'shuzi-search';
/** 2: posting codes carry a source bit (compile.ts postingCode). */
export const FORMAT_VERSION = 2;

export interface SearchManifest {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  /** Content hash of all other files; changes whenever the index does. */
  buildId: string;
  docCount: number;
  termShards: number;
  metaChunkSize: number;
  textChunkSize: number;
  facetCounts: FacetCounts;
}

export const MANIFEST_FILE = 'manifest.json';
export const FACETS_FILE = 'facets.json';

/** The shard holding a term: a hash with well-mixed low bits, modulo the shard count. */
export function shardOf(term: string, shardCount: number): number {
  return mixedHash(term) % shardCount;
}

export function termShardFile(shard: number, shardCount: number): string {
  const width = Math.max(1, (shardCount - 1).toString(16).length);
  return `terms/${shard.toString(16).padStart(width, '0')}.json`;
}
export const docsFile = (chunk: number): string => `docs/${chunk}.json`;
export const textFile = (chunk: number): string => `text/${chunk}.json`;

export type EncodedPostings = number[];

export function encodePostings(list: PostingList): EncodedPostings {
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < list.docs.length; i++) {
    const d = list.docs[i] as number;
    out.push(d - prev, list.codes[i] as number);
    prev = d;
  }
  return out;
}

export function decodePostings(enc: EncodedPostings): PostingList {
  const docs: number[] = [];
  const codes: number[] = [];
  let d = 0;
  for (let i = 0; i + 1 < enc.length; i += 2) {
    d += enc[i] as number;
    docs.push(d);
    codes.push(enc[i + 1] as number);
  }
  return { docs, codes };
}

/** [id, type, title, url, section, subsection, year, issue, parentLabel, order, date, source] */
export type EncodedDoc = [
  string,
  'b' | 'q',
  string,
  string,
  string | null,
  string | null,
  number,
  string | null,
  string | null,
  number,
  string | null,
  string | null,
];

export function encodeDoc(d: DisplayDocument): EncodedDoc {
  return [
    d.id,
    d.type === 'bulletin' ? 'b' : 'q',
    d.title,
    d.url,
    d.section ?? null,
    d.subsection ?? null,
    d.year,
    d.issue ?? null,
    d.parentLabel ?? null,
    d.order,
    d.date ?? null,
    d.source ?? null,
  ];
}

export function decodeDoc(e: EncodedDoc): DisplayDocument {
  const [id, t, title, url, section, subsection, year, issue, parentLabel, order, date, source] = e;
  const d: DisplayDocument = { id, type: t === 'b' ? 'bulletin' : 'qa', title, url, year, order };
  if (section !== null) d.section = section;
  if (subsection !== null) d.subsection = subsection;
  if (issue !== null) d.issue = issue;
  if (parentLabel !== null) d.parentLabel = parentLabel;
  if (date !== null) d.date = date;
  if (source !== null) d.source = source;
  return d;
}
