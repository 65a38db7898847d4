/**
 * Match ranges and snippets as plain data (never HTML): the UI escapes the
 * text and wraps each range itself. Ranges come from the same tokenizer as
 * the index, so whatever matched is what gets marked.
 */
import { tokenize } from './tokenize';
import type { Highlighted, Segment, Snippet } from './types';

interface Match {
  term: string;
  start: number;
  end: number;
}

function matches(text: string, terms: ReadonlySet<string>): Match[] {
  if (terms.size === 0 || text === '') return [];
  return tokenize(text, terms)
    .map((t) => ({ term: t.term, start: t.start, end: t.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

function merge(ms: readonly Match[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const { start, end } of ms) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** [start, end) ranges of `text` whose tokens are in `terms`, merged when they overlap or touch. */
function matchRanges(text: string, terms: ReadonlySet<string>): Array<[number, number]> {
  return merge(matches(text, terms));
}

function toSegments(h: Highlighted): Segment[] {
  const segs: Segment[] = [];
  let pos = 0;
  for (const [s, e] of h.ranges) {
    if (s > pos) segs.push({ text: h.text.slice(pos, s), match: false });
    segs.push({ text: h.text.slice(s, e), match: true });
    pos = e;
  }
  if (pos < h.text.length || segs.length === 0) segs.push({ text: h.text.slice(pos), match: false });
  return segs;
}

export function highlight(text: string, terms: ReadonlySet<string>): Highlighted & { segments: Segment[] } {
  const h: Highlighted = { text, ranges: matchRanges(text, terms) };
  return { ...h, segments: toSegments(h) };
}

export interface SnippetOptions {
  /** Window length in UTF-16 code units. Default 110. */
  length?: number;
  /** How much text to keep before the first match. Default 24. */
  lead?: number;
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where the snippet window starts: before the first match, unless a later
 * window holds more distinct query terms (then the earliest such window).
 * Only the first 64 matches are tried, which keeps this cheap on long bodies.
 */
function windowStart(ms: readonly Match[], length: number, lead: number): number {
  let best = 0;
  let bestCount = -1;
  // No window can hold more than every distinct term: stop at the first that does.
  const distinct = new Set(ms.map((m) => m.term)).size;
  let first = 0; // first match starting inside the current window (windows only move right)
  for (const m of ms.slice(0, 64)) {
    const start = Math.max(0, m.start - lead);
    const end = start + length;
    while (first < ms.length && (ms[first] as Match).start < start) first++;
    const seen = new Set<string>();
    for (let k = first; k < ms.length; k++) {
      const n = ms[k] as Match;
      if (n.start >= end) break;
      if (n.end <= end) seen.add(n.term);
    }
    if (seen.size > bestCount) {
      best = start;
      bestCount = seen.size;
      if (bestCount === distinct) break;
    }
  }
  return best;
}

/**
 * A window of `body` around its first match (or the first window holding the
 * most distinct query terms; the beginning when only the title matched),
 * with the matches inside the window marked.
 */
export function makeSnippet(body: string, terms: ReadonlySet<string>, options: SnippetOptions = {}): Snippet {
  const length = Math.max(1, options.length ?? 110);
  const lead = Math.max(0, Math.min(options.lead ?? 24, length - 1));
  const ms = matches(body, terms);
  const ranges = merge(ms);
  let start = windowStart(ms, length, lead);
  let end = Math.min(body.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  if (start > 0 && isLowSurrogate(body.charCodeAt(start))) start--;
  if (end < body.length && isLowSurrogate(body.charCodeAt(end))) end++;
  while (start < end && isSpace(body[start])) start++;
  while (end > start && isSpace(body[end - 1])) end--;

  const text = body.slice(start, end);
  const inWindow: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const cs = Math.max(s, start);
    const ce = Math.min(e, end);
    if (cs < ce) inWindow.push([cs - start, ce - start]);
  }
  const h: Highlighted = { text, ranges: inWindow };
  const before = body.slice(0, start).trim();
  const after = body.slice(end).trim();
  return { ...h, segments: toSegments(h), clippedStart: before !== '', clippedEnd: after !== '' };
}
