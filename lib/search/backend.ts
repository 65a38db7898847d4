/**
 * Where the query engine gets its data from. One engine, two backends:
 * the compiled index in memory, or the shipped files loaded lazily through
 * a caller-supplied `load(file)` (fetch in the browser, readFile in Node).
 * The equivalence tests run the same queries through both.
 */
import { type CompiledIndex, EMPTY_POSTINGS, type FacetCounts, type PostingList } from './compile';
import type { RangeSet } from './facets';
import {
  decodeDoc,
  decodePostings,
  docsFile,
  type EncodedDoc,
  type EncodedPostings,
  FACETS_FILE,
  FORMAT,
  FORMAT_VERSION,
  MANIFEST_FILE,
  type SearchManifest,
  shardOf,
  termShardFile,
  textFile,
} from './index-files';
import type { DisplayDocument } from './types';

export interface IndexInfo {
  docCount: number;
  facetCounts: FacetCounts;
}

export interface IndexBackend {
  info(): Promise<IndexInfo>;
  /** Posting lists in the order of `terms`; an unknown term gets an empty list. */
  postings(terms: readonly string[]): Promise<PostingList[]>;
  /** Range sets in the order of `keys`; an unknown key gets an empty set. */
  facets(keys: readonly string[]): Promise<RangeSet[]>;
  documents(nums: readonly number[]): Promise<DisplayDocument[]>;
  bodies(nums: readonly number[]): Promise<string[]>;
}

export type LoadFile = (file: string) => Promise<string>;

export function memoryBackend(index: CompiledIndex): IndexBackend {
  const at = <T>(arr: readonly T[], n: number): T => {
    const v = arr[n];
    if (v === undefined) throw new Error(`search: no document #${n}`);
    return v;
  };
  return {
    info: async () => ({ docCount: index.docCount, facetCounts: index.facetCounts }),
    postings: async (terms) => terms.map((t) => index.postings.get(t) ?? EMPTY_POSTINGS),
    facets: async (keys) => keys.map((k) => index.facets.get(k) ?? []),
    documents: async (nums) => nums.map((n) => at(index.docs, n)),
    bodies: async (nums) => nums.map((n) => at(index.bodies, n)),
  };
}

function checkManifest(value: unknown): SearchManifest {
  const m = value as Partial<SearchManifest> | null;
  if (!m || m.format !== FORMAT || m.version !== FORMAT_VERSION) {
    throw new Error(`search: ${MANIFEST_FILE} is not a ${FORMAT} v${FORMAT_VERSION} manifest`);
  }
  return m as SearchManifest;
}

/**
 * Lazily loads and caches the files written by buildIndex. Each file is
 * requested at most once (concurrent searches share the pending request);
 * a failed request is forgotten so that a later search retries it.
 */
export function shardedBackend(load: LoadFile): IndexBackend & { manifest(): Promise<SearchManifest> } {
  const files = new Map<string, Promise<unknown>>();
  const decoded = new Map<string, PostingList>();

  const json = (file: string): Promise<unknown> => {
    let p = files.get(file);
    if (!p) {
      p = load(file).then((text) => JSON.parse(text) as unknown);
      p.catch(() => files.delete(file));
      files.set(file, p);
    }
    return p;
  };
  const manifest = async (): Promise<SearchManifest> => checkManifest(await json(MANIFEST_FILE));

  const chunked = async <E, T>(
    nums: readonly number[],
    size: number,
    name: (chunk: number) => string,
    decode: (e: E) => T,
  ): Promise<T[]> => {
    const chunks = [...new Set(nums.map((n) => Math.floor(n / size)))];
    const loaded = new Map<number, E[]>();
    await Promise.all(chunks.map(async (c) => loaded.set(c, (await json(name(c))) as E[])));
    return nums.map((n) => {
      const e = loaded.get(Math.floor(n / size))?.[n % size];
      if (e === undefined) throw new Error(`search: no document #${n} in ${name(Math.floor(n / size))}`);
      return decode(e);
    });
  };

  return {
    manifest,
    info: async () => {
      const m = await manifest();
      return { docCount: m.docCount, facetCounts: m.facetCounts };
    },
    postings: async (terms) => {
      const m = await manifest();
      const missing = [...new Set(terms.filter((t) => !decoded.has(t)))];
      const byFile = new Map<string, string[]>();
      for (const t of missing) {
        const f = termShardFile(shardOf(t, m.termShards), m.termShards);
        byFile.set(f, [...(byFile.get(f) ?? []), t]);
      }
      await Promise.all(
        [...byFile].map(async ([file, ts]) => {
          const shard = (await json(file)) as Record<string, EncodedPostings>;
          for (const t of ts) decoded.set(t, Object.hasOwn(shard, t) ? decodePostings(shard[t] as EncodedPostings) : EMPTY_POSTINGS);
        }),
      );
      return terms.map((t) => decoded.get(t) ?? EMPTY_POSTINGS);
    },
    facets: async (keys) => {
      if (keys.length === 0) return [];
      const all = (await json(FACETS_FILE)) as Record<string, RangeSet>;
      return keys.map((k) => (Object.hasOwn(all, k) ? (all[k] as RangeSet) : []));
    },
    documents: async (nums) => {
      const m = await manifest();
      return chunked<EncodedDoc, DisplayDocument>(nums, m.metaChunkSize, docsFile, decodeDoc);
    },
    bodies: async (nums) => {
      const m = await manifest();
      return chunked<string, string>(nums, m.textChunkSize, textFile, (b) => b);
    },
  };
}
