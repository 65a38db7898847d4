/**
 * The one tokenizer used for documents, queries and highlighting.
 *
 * Chinese has no spaces, and a dictionary segmenter (Intl.Segmenter, jieba)
 * would give different words in Node and in each browser. Character n-grams
 * are deterministic and need no dictionary:
 *   - a Han run yields every character (unigram) and every adjacent pair
 *     (bigram): 数字乡村 → 数 字 乡 村 数字 字乡 乡村;
 *   - a run of Latin letters / digits is one word: 5G → 5g, 2023, logo;
 *     a '.' between digits stays inside the word (2.5, 1.3);
 *   - everything else (CJK and ASCII punctuation, spaces, symbols) separates.
 *
 * The only Unicode property used is \p{Script=Han}; "word" characters are
 * listed explicitly so that the result is identical in every JS engine.
 */
import { normalizeWithMap } from './normalize';

export type TokenKind = 'word' | 'han1' | 'han2';

export interface Token {
  term: string;
  kind: TokenKind;
  /** Offsets into the ORIGINAL (un-normalised) text, UTF-16 code units. */
  start: number;
  end: number;
}

export interface QueryTerms {
  /** Primary terms, all required: Han bigrams (a lone Han char as a unigram) and words. */
  terms: string[];
  /** Relaxed terms for the fallback pass: Han unigrams and words. */
  fallback: string[];
}

const HAN = /^\p{Script=Han}$/u;

type CharClass = 0 | 1 | 2; // 0 = separator, 1 = word, 2 = Han

function classify(cp: number, ch: string): CharClass {
  if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) return 1;
  if (cp < 0x80) return 0;
  if (cp >= 0x4e00 && cp <= 0x9fff) return 2;
  if (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) return 1; // Latin-1 / Extended-A,B letters
  if (cp >= 0x370 && cp <= 0x4ff) return 1; // Greek, Cyrillic
  return HAN.test(ch) ? 2 : 0;
}

interface Run {
  cls: 1 | 2;
  /** Code points of the run (normalised), with their normalised offsets. */
  chars: string[];
  starts: number[];
  ends: number[];
}

function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + len);
    let cls = classify(cp, ch);
    // Keep a decimal point inside a number: 2.5万 → "2.5".
    if (cls === 0 && ch === '.' && cur?.cls === 1 && /[0-9]/.test(text[i - 1] ?? '') && /[0-9]/.test(text[i + 1] ?? '')) {
      cls = 1;
    }
    if (cls === 0) {
      cur = null;
    } else {
      if (!cur || cur.cls !== cls) {
        cur = { cls, chars: [], starts: [], ends: [] };
        runs.push(cur);
      }
      cur.chars.push(ch);
      cur.starts.push(i);
      cur.ends.push(i + len);
    }
    i += len;
  }
  return runs;
}

/**
 * All tokens of a text with their offsets in the original text, in order of
 * position (for a Han run: each unigram, then the bigram starting there).
 */
export function tokenize(input: string): Token[] {
  const norm = normalizeWithMap(input);
  const orig = (s: number, e: number): { start: number; end: number } => ({
    start: norm.from[s] as number,
    end: norm.to[e - 1] as number,
  });
  const tokens: Token[] = [];
  for (const run of runsOf(norm.text)) {
    const n = run.chars.length;
    if (run.cls === 1) {
      tokens.push({ term: run.chars.join(''), kind: 'word', ...orig(run.starts[0] as number, run.ends[n - 1] as number) });
      continue;
    }
    for (let k = 0; k < n; k++) {
      const s = run.starts[k] as number;
      tokens.push({ term: run.chars[k] as string, kind: 'han1', ...orig(s, run.ends[k] as number) });
      if (k + 1 < n) {
        tokens.push({
          term: (run.chars[k] as string) + (run.chars[k + 1] as string),
          kind: 'han2',
          ...orig(s, run.ends[k + 1] as number),
        });
      }
    }
  }
  return tokens;
}

/** Index terms of a document field with their frequencies. */
export function documentTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runsOf(normalizeWithMap(text).text)) {
    if (run.cls === 1) {
      const w = run.chars.join('');
      counts.set(w, (counts.get(w) ?? 0) + 1);
      continue;
    }
    const cs = run.chars;
    for (let k = 0; k < cs.length; k++) {
      const u = cs[k] as string;
      counts.set(u, (counts.get(u) ?? 0) + 1);
      if (k + 1 < cs.length) {
        const b = u + (cs[k + 1] as string);
        counts.set(b, (counts.get(b) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * Terms of a user query. Han runs of length ≥ 2 give their bigrams (all of
 * which must match), a lone Han character gives itself, words stay whole.
 * Duplicates are removed, first occurrence order is kept.
 */
export function queryTerms(query: string): QueryTerms {
  const terms = new Set<string>();
  const fallback = new Set<string>();
  for (const run of runsOf(normalizeWithMap(query).text)) {
    const cs = run.chars;
    if (run.cls === 1) {
      const w = cs.join('');
      terms.add(w);
      fallback.add(w);
      continue;
    }
    if (cs.length === 1) terms.add(cs[0] as string);
    for (let k = 0; k + 1 < cs.length; k++) terms.add((cs[k] as string) + (cs[k + 1] as string));
    for (const c of cs) fallback.add(c);
  }
  return { terms: [...terms], fallback: [...fallback] };
}
