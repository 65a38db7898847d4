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
import { normalize, normalizeWithMap } from './normalize';
import { splitAtStopWords } from './stop-words';

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

function classify(cp: number): CharClass {
  if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) return 1;
  if (cp < 0x80) return 0;
  if (cp >= 0x4e00 && cp <= 0x9fff) return 2;
  if (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) return 1; // Latin-1 / Extended-A,B letters
  if (cp >= 0x370 && cp <= 0x4ff) return 1; // Greek, Cyrillic
  // Han outside the main block (extensions, compatibility ideographs), and punctuation: asked once per code point.
  let cls = otherClasses.get(cp);
  if (cls === undefined) {
    cls = HAN.test(String.fromCodePoint(cp)) ? 2 : 0;
    otherClasses.set(cp, cls);
  }
  return cls;
}

const otherClasses = new Map<number, CharClass>();

type TokenVisitor = (term: string, kind: TokenKind, start: number, end: number) => void;

/**
 * Walks the tokens of a NORMALISED text in position order (for a Han run: each
 * unigram, then the bigram starting there), with normalised offsets. The one
 * scanner behind documents, queries and highlighting, in one pass that allocates
 * nothing but the term strings: snippets tokenize every shown body on every
 * query, so this is the hot path.
 */
function scanTokens(text: string, visit: TokenVisitor, firstUnits?: ReadonlySet<number>): void {
  const n = text.length;
  // With `firstUnits`, only tokens starting with one of these code units are wanted: skip making the others.
  const wanted = (at: number) => !firstUnits || firstUnits.has(text.charCodeAt(at));
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    const cls = classify(cp);
    if (cls === 0) {
      i += len;
    } else if (cls === 1) {
      let j = i + len;
      while (j < n) {
        const c = text.codePointAt(j) as number;
        const l = c > 0xffff ? 2 : 1;
        // Keep a decimal point inside a number: 2.5万 → "2.5".
        if (classify(c) === 1 || (c === 0x2e && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1)))) j += l;
        else break;
      }
      if (wanted(i)) visit(text.slice(i, j), 'word', i, j);
      i = j;
    } else {
      let prev = -1; // start of the previous Han character of this run
      while (i < n) {
        const c = text.codePointAt(i) as number;
        const l = c > 0xffff ? 2 : 1;
        if (classify(c) !== 2) break;
        if (prev >= 0 && wanted(prev)) visit(text.slice(prev, i + l), 'han2', prev, i + l);
        if (wanted(i)) visit(text.slice(i, i + l), 'han1', i, i + l);
        prev = i;
        i += l;
      }
    }
  }
}

const isDigit = (cu: number): boolean => cu >= 0x30 && cu <= 0x39;

/**
 * All tokens of a text with their offsets in the original text, in order of
 * position (for a Han run: each unigram, then the bigram starting there).
 * With `only`, just the tokens whose term it holds (highlighting).
 */
export function tokenize(input: string, only?: ReadonlySet<string>): Token[] {
  const norm = normalizeWithMap(input);
  const tokens: Token[] = [];
  const firstUnits = only ? new Set([...only].map((term) => term.charCodeAt(0))) : undefined;
  scanTokens(
    norm.text,
    (term, kind, s, e) => {
      if (!only || only.has(term)) tokens.push({ term, kind, start: norm.from[s] as number, end: norm.to[e - 1] as number });
    },
    firstUnits,
  );
  return tokens;
}

/** Index terms of a document field with their frequencies. */
export function documentTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  scanTokens(normalize(text), (term) => {
    counts.set(term, (counts.get(term) ?? 0) + 1);
  });
  return counts;
}

/**
 * Terms of a user query. Han runs of length ≥ 2 give their bigrams (all of
 * which must match), a lone Han character gives itself, words stay whole.
 * Question words and particles are dropped first (stop-words.ts), cutting the
 * run there, unless nothing else would be left (a query of only 什么 searches
 * for 什么). Duplicates are removed, first occurrence order is kept.
 */
export function queryTerms(query: string): QueryTerms {
  const runs = queryRuns(normalize(query));
  const content = termsOfRuns(runs, true);
  return content.terms.length > 0 ? content : termsOfRuns(runs, false);
}

/** A query's runs in order: a word whole, a Han run as its characters (stop words cut these). */
type QueryRun = { word: string } | { han: string[] };

function queryRuns(text: string): QueryRun[] {
  const runs: QueryRun[] = [];
  let han: string[] = [];
  let hanEnd = -1;
  scanTokens(text, (term, kind, start, end) => {
    if (kind === 'word') {
      runs.push({ word: term });
    } else if (kind === 'han1') {
      // A Han character right after the previous one continues its run (bigrams are rebuilt after the cut).
      if (start !== hanEnd) {
        han = [];
        runs.push({ han });
      }
      han.push(term);
      hanEnd = end;
    }
  });
  return runs;
}

function termsOfRuns(runs: readonly QueryRun[], dropStopWords: boolean): QueryTerms {
  const terms = new Set<string>();
  const fallback = new Set<string>();
  for (const run of runs) {
    if ('word' in run) {
      terms.add(run.word);
      fallback.add(run.word);
      continue;
    }
    for (const cs of dropStopWords ? splitAtStopWords(run.han) : [run.han]) {
      if (cs.length === 1) terms.add(cs[0] as string);
      for (let k = 0; k + 1 < cs.length; k++) terms.add((cs[k] as string) + (cs[k + 1] as string));
      for (const c of cs) fallback.add(c);
    }
  }
  return { terms: [...terms], fallback: [...fallback] };
}
