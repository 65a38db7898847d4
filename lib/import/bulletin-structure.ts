/**
 * The bulletin body: sections → subsections → items → paragraphs, figure captions and
 * the source line. Every body line ends up in exactly one place, is a dropped page header
 * or page number, or becomes an error naming its line: nothing is skipped silently.
 */

import { classifyLine, closeSource, type HeadingKind, type LineKind, splitTrailingSource } from './bulletin-lines';
import type { HeadingRef } from './bulletin-toc';
import { type ImportError, importError } from './errors';
import type { ImportMessageId, ImportMessageParams, ItemRef } from './messages';
import type { NumberedLine } from './numbered-lines';
import { comparisonKey, endsSentence, joinPieces } from './text';

export type Block =
  | { kind: 'paragraph'; text: string; line: number }
  /** `picture`: the address of the figure's image, when the input carries it (a PDF's). */
  | { kind: 'caption'; number: number; text: string; line: number; picture?: string }
  | { kind: 'source'; text: string; line: number };

interface Heading {
  numeral: string;
  number: number;
  title: string;
  line: number;
}
export interface Item extends Heading {
  blocks: Block[];
}
export interface Subsection extends Heading {
  items: Item[];
}
export interface Section extends Heading {
  subsections: Subsection[];
  /** Items placed directly under a section that has no subsections (一、中央精神). */
  items: Item[];
}

export interface BodyResult {
  sections: Section[];
  /** Every heading in reading order, for the check against 本期导读. */
  headings: HeadingRef[];
  errors: ImportError[];
}

/**
 * Page numbers printed at the page header are boilerplate; a bare number anywhere else
 * may be content (or a page number the extraction moved), so it is left for the body to report.
 */
export function pageNumberLines(lines: readonly NumberedLine[]): Set<number> {
  const dropped = new Set<number>();
  const neighbour = (from: number, step: 1 | -1): NumberedLine | undefined => {
    for (let i = from + step; i >= 0 && i < lines.length; i += step) {
      if ((lines[i] as NumberedLine).text !== '') return lines[i];
    }
    return undefined;
  };
  for (const [i, line] of lines.entries()) {
    if (classifyLine(line.text).kind !== 'page-number') continue;
    const near = [neighbour(i, -1), neighbour(i, 1)];
    if (line.pageBreak || near.some((n) => n && (n.pageBreak || classifyLine(n.text).kind === 'page-header'))) dropped.add(i);
  }
  return dropped;
}

/** Where the reader stands in the body, and what it has built so far. */
interface BodyState {
  sections: Section[];
  headings: HeadingRef[];
  errors: ImportError[];
  section?: Section;
  subsection?: Subsection;
  item?: Item;
  /** What a text line right below (no blank line between) continues. */
  contiguous?: { kind: 'heading'; ref: HeadingRef; target: Heading } | { kind: 'block'; block: Block };
  /** A source line whose closing bracket is still to come. */
  pendingSource?: { text: string; line: number };
  /** Comparison keys of the TOC titles by kind: a wrapped heading is joined only when the TOC confirms it. */
  tocTitles: ReadonlyMap<HeadingKind, readonly string[]>;
}

/** A heading line: its kind is one of the three heading kinds. */
type HeadingLine = Extract<LineKind, { numeral: string }>;
type LineOf<K extends LineKind['kind']> = K extends HeadingKind ? HeadingLine : Extract<LineKind, { kind: K }>;
type LineHandler<K extends LineKind['kind']> = (state: BodyState, kind: LineOf<K>, line: NumberedLine) => void;

/** One handler per kind of body line; blank lines and page headers only end what was contiguous. */
const LINE_HANDLERS: { [K in Exclude<LineKind['kind'], 'blank' | 'page-header'>]: LineHandler<K> } = {
  'page-number': (state, _kind, line) => error(state, line.no, 'stray-number', { text: line.text }),
  section: openSection,
  subsection: openSubsection,
  item: openItem,
  caption: addCaption,
  source: (state, kind, line) => addSource(state, kind.text, line.no, kind.closed),
  text: (state, _kind, line) => {
    const split = splitTrailingSource(line.text);
    if (!split) return addText(state, line.text, line.no);
    addText(state, split.text, line.no);
    const source = classifyLine(split.source);
    if (source.kind === 'source') addSource(state, source.text, line.no, source.closed);
    state.contiguous = undefined;
  },
};

/** Parse body lines [from, to): every line lands in one place, is dropped as page furniture, or is an error. */
export function parseBody(
  lines: readonly NumberedLine[],
  from: number,
  to: number,
  dropped: ReadonlySet<number>,
  tocTitles: ReadonlyMap<HeadingKind, readonly string[]>,
): BodyResult {
  const state: BodyState = { sections: [], headings: [], errors: [], tocTitles };
  for (let i = from; i < to; i++) {
    const line = lines[i] as NumberedLine;
    const kind = classifyLine(line.text);
    if (dropped.has(i) || kind.kind === 'blank' || kind.kind === 'page-header') {
      state.contiguous = undefined;
      continue;
    }
    if (continuesSource(state, kind, line)) continue;
    // Only a text line continues what stands right above it.
    if (kind.kind !== 'text') state.contiguous = undefined;
    (LINE_HANDLERS[kind.kind] as LineHandler<typeof kind.kind>)(state, kind, line);
  }
  closePendingSource(state);
  checkComplete(state);
  return { sections: state.sections, headings: state.headings, errors: state.errors };
}

function error<I extends ImportMessageId>(state: BodyState, line: number, id: I, params: ImportMessageParams<I>): void {
  state.errors.push(importError(id, line, params));
}

/** The item as the editor finds it: under its section and subsection. */
function itemRef(item: Item, section: Section | undefined, subsection: Subsection | undefined): ItemRef {
  return {
    ...(section ? { section: section.numeral } : {}),
    ...(subsection ? { subsection: subsection.numeral } : {}),
    number: item.number,
    title: item.title,
  };
}
/** The item being read. */
const currentItem = (state: BodyState, item: Item) => itemRef(item, state.section, state.subsection);

/** A source line wrapped before its closing bracket takes the following text lines; true when this line was taken. */
function continuesSource(state: BodyState, kind: LineKind, line: NumberedLine): boolean {
  const pending = state.pendingSource;
  if (!pending) return false;
  if (kind.kind === 'text' || kind.kind === 'page-number') {
    const source = closeSource(joinPieces(pending.text, line.text));
    pending.text = source.text;
    if (source.closed) {
      addSource(state, source.text, pending.line, true);
      state.pendingSource = undefined;
    }
    return true;
  }
  closePendingSource(state);
  return false;
}

function closePendingSource(state: BodyState): void {
  const pending = state.pendingSource;
  if (!pending) return;
  error(state, pending.line, 'source-unclosed', {});
  addSource(state, pending.text, pending.line, true);
  state.pendingSource = undefined;
}

function openSection(state: BodyState, kind: HeadingLine, line: NumberedLine): void {
  state.item = undefined;
  state.subsection = undefined;
  const expected = state.sections.length + 1;
  if (kind.number !== expected) error(state, line.no, 'section-order', { numeral: kind.numeral, expected });
  const section: Section = { numeral: kind.numeral, number: kind.number, title: kind.title, line: line.no, subsections: [], items: [] };
  state.sections.push(section);
  state.section = section;
  addHeading(state, 'section', kind, line, section);
}

function openSubsection(state: BodyState, kind: HeadingLine, line: NumberedLine): void {
  state.item = undefined;
  const { section } = state;
  if (!section) {
    error(state, line.no, 'subsection-before-section', { numeral: kind.numeral, title: kind.title });
    return;
  }
  if (section.items.length > 0) {
    error(state, line.no, 'subsection-mixed', { numeral: kind.numeral, section: `${section.numeral}、${section.title}` });
  }
  const expected = section.subsections.length + 1;
  if (kind.number !== expected) {
    error(state, line.no, 'subsection-order', { numeral: kind.numeral, expected, section: `${section.numeral}、${section.title}` });
  }
  const subsection: Subsection = { numeral: kind.numeral, number: kind.number, title: kind.title, line: line.no, items: [] };
  section.subsections.push(subsection);
  state.subsection = subsection;
  addHeading(state, 'subsection', kind, line, subsection);
}

function openItem(state: BodyState, kind: HeadingLine, line: NumberedLine): void {
  const { section, subsection } = state;
  if (!section) {
    state.item = undefined;
    error(state, line.no, 'item-before-section', { numeral: kind.numeral, title: kind.title });
    return;
  }
  const siblings = subsection ? subsection.items : section.items;
  const expected = siblings.length + 1;
  if (kind.number !== expected) error(state, line.no, 'item-order', { numeral: kind.numeral, expected });
  const item: Item = { numeral: kind.numeral, number: kind.number, title: kind.title, line: line.no, blocks: [] };
  siblings.push(item);
  state.item = item;
  addHeading(state, 'item', kind, line, item);
}

/** Records a heading for the TOC check; a text line right below may continue its title. */
function addHeading(
  state: BodyState,
  kind: HeadingKind,
  heading: { number: number; title: string },
  line: NumberedLine,
  target: Heading,
): void {
  const ref: HeadingRef = { kind, number: heading.number, title: heading.title, line: line.no };
  state.headings.push(ref);
  state.contiguous = { kind: 'heading', ref, target };
}

function addCaption(state: BodyState, kind: Extract<LineKind, { kind: 'caption' }>, line: NumberedLine): void {
  const { item } = state;
  if (!item) {
    error(state, line.no, 'caption-outside-item', { text: line.text });
    return;
  }
  if (item.blocks.some((b) => b.kind === 'source')) {
    error(state, line.no, 'caption-after-source', { item: currentItem(state, item) });
    return;
  }
  const block: Block = { kind: 'caption', number: kind.number, text: kind.text, line: line.no };
  item.blocks.push(block);
  state.contiguous = { kind: 'block', block };
}

function addSource(state: BodyState, text: string, line: number, closed: boolean): void {
  const { item } = state;
  if (!item) {
    error(state, line, 'source-outside-item', {});
    return;
  }
  if (item.blocks.some((b) => b.kind === 'source')) {
    error(state, line, 'second-source', { item: currentItem(state, item) });
    return;
  }
  if (closed) item.blocks.push({ kind: 'source', text, line });
  else state.pendingSource = { text, line };
}

function addText(state: BodyState, text: string, line: number): void {
  const { contiguous, item, section, subsection } = state;
  if (contiguous?.kind === 'heading') {
    // A wrapped heading continues on the next line; the TOC tells whether this line is part of it.
    const joined = joinPieces(contiguous.target.title, text);
    const key = comparisonKey(joined);
    if ((state.tocTitles.get(contiguous.ref.kind) ?? []).some((title) => title.startsWith(key))) {
      contiguous.target.title = joined;
      contiguous.ref.title = joined;
      return;
    }
  } else if (contiguous?.kind === 'block' && contiguous.block.kind !== 'source') {
    contiguous.block.text = joinPieces(contiguous.block.text, text);
    return;
  }
  if (!item) {
    const under = subsection
      ? `（${subsection.numeral}）${subsection.title}`
      : section
        ? `${section.numeral}、${section.title}`
        : undefined;
    error(state, line, 'text-outside-item', { text, ...(under ? { under } : {}) });
    return;
  }
  if (item.blocks.some((b) => b.kind === 'source')) {
    error(state, line, 'text-after-source', { item: currentItem(state, item) });
    return;
  }
  // A paragraph cut by a page break or a figure goes on here: join it to the unfinished one.
  const lastParagraph = [...item.blocks].reverse().find((b) => b.kind === 'paragraph');
  const onlyCaptionsAfter = lastParagraph && item.blocks.slice(item.blocks.indexOf(lastParagraph) + 1).every((b) => b.kind === 'caption');
  if (lastParagraph && onlyCaptionsAfter && !endsSentence(lastParagraph.text)) {
    lastParagraph.text = joinPieces(lastParagraph.text, text);
    state.contiguous = { kind: 'block', block: lastParagraph };
    return;
  }
  const block: Block = { kind: 'paragraph', text, line };
  item.blocks.push(block);
  state.contiguous = { kind: 'block', block };
}

/** Structure that would publish empty or unsourced. */
function checkComplete(state: BodyState): void {
  for (const s of state.sections) {
    if (s.items.length === 0 && s.subsections.length === 0) error(state, s.line, 'section-empty', { numeral: s.numeral, title: s.title });
    for (const sub of s.subsections) {
      if (sub.items.length === 0) error(state, sub.line, 'subsection-empty', { numeral: sub.numeral, title: sub.title });
    }
    // Reading order (lib/content/items.ts), each item with its subsection.
    const items = [
      ...s.items.map((it) => ({ it, sub: undefined as Subsection | undefined })),
      ...s.subsections.flatMap((sub) => sub.items.map((it) => ({ it, sub }))),
    ];
    for (const { it, sub } of items) {
      const item = itemRef(it, s, sub);
      if (!it.blocks.some((b) => b.kind === 'paragraph')) error(state, it.line, 'item-no-text', { item });
      if (!it.blocks.some((b) => b.kind === 'source')) error(state, it.line, 'item-no-source', { item });
    }
  }
}
