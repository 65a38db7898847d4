/**
 * What one matched document scores, shared by every tier: how many query terms its
 * title holds, and Σ idf · tf/(tf+1.2) over the body plus idf · 0.3 for a term in the
 * source (信息来源), less than one body occurrence (1/2.2), so a source match ranks below
 * title and body matches.
 */
import { codeBodyTf, codeInSource, codeInTitle, type PostingList } from './compile';

export interface Hit {
  doc: number;
  tier: 1 | 2;
  /** How many primary terms the document contains (all of them in tier 1). */
  primary: number;
  titleHits: number;
  score: number;
}

const SOURCE_WEIGHT = 0.3;

export function idfOf(list: PostingList, docCount: number): number {
  return Math.log(1 + (docCount - list.docs.length + 0.5) / (list.docs.length + 0.5));
}

/** The score one term adds, from its posting code in the document. */
export function termScore(code: number, idf: number): number {
  const tf = codeBodyTf(code);
  return (idf * tf) / (tf + 1.2) + (codeInSource(code) ? idf * SOURCE_WEIGHT : 0);
}

export const titleHit = (code: number): number => (codeInTitle(code) ? 1 : 0);

/** Rounded to 0.1, so near-equal relevance counts as a tie and recency decides. */
export const roundScore = (score: number): number => Math.round(score * 10) / 10;
