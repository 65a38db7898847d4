/**
 * Question words and particles, dropped from a query at query time so that a question
 * typed as a sentence searches for what it is about: 电商大会在哪里举办 → 电商大会在 | 举办,
 * 行动计划的主要目标是什么 → 行动计划 | 主要目标是. No document is indexed differently.
 *
 * One short list. A few words hold one of these characters as part of their meaning
 * (了解, 目的); they are listed to be kept whole. Matching is greedy from the left, longest
 * word first, over the folded (simplified) text.
 */

/** Dropped from queries. */
const STOP_WORDS: readonly string[] = [
  // With the verb or preposition that asks with them: 目标是什么 → 目标, not 目标是.
  '是什么',
  '有什么',
  '是哪些',
  '有哪些',
  '在哪里',
  '在哪儿',
  '是哪里',
  '是如何',
  '是怎样',
  '是多少',
  '有多少',
  '什么地方',
  '什么时候',
  '什么是',
  '为什么',
  '怎么样',
  '是不是',
  '有没有',
  '什么',
  '哪些',
  '哪里',
  '哪儿',
  '哪个',
  '如何',
  '怎样',
  '怎么',
  '为何',
  '是否',
  '多少',
  '请问',
  '了',
  '的',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
];

/** Words that contain a stop word but mean something on their own: never cut. */
const KEEP_WORDS: readonly string[] = ['了解', '为了', '除了', '目的', '的确'];

const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const stops = longestFirst(STOP_WORDS);
const keeps = longestFirst(KEEP_WORDS);

/**
 * The pieces of a Han run (its characters, normalised) left between stop words, in order:
 * ['电','商','大','会','在','哪','里','举','办'] → [['电','商','大','会','在'], ['举','办']].
 */
export function splitAtStopWords(chars: readonly string[]): string[][] {
  const pieces: string[][] = [];
  let current: string[] = [];
  const startsWith = (at: number, word: string) => {
    let k = 0;
    for (const ch of word) {
      if (chars[at + k] !== ch) return false;
      k++;
    }
    return true;
  };
  let i = 0;
  while (i < chars.length) {
    const keep = keeps.find((w) => startsWith(i, w));
    if (keep) {
      for (const ch of keep) current.push(ch);
      i += [...keep].length;
      continue;
    }
    const stop = stops.find((w) => startsWith(i, w));
    if (stop) {
      if (current.length > 0) pieces.push(current);
      current = [];
      i += [...stop].length;
      continue;
    }
    current.push(chars[i] as string);
    i++;
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}
