/**
 * The bulletin body: sections → subsections → items → paragraphs, figure captions and
 * the source line. Every body line ends up in exactly one place, is a dropped page header
 * or page number, or becomes an error naming its line: nothing is skipped silently.
 */

import { sectionItems } from '../content/items';
import { classifyLine, closeSource, type HeadingKind, type LineKind, splitTrailingSource } from './bulletin-lines';
import type { HeadingRef } from './bulletin-toc';
import type { ImportError } from './errors';
import type { SourceLine } from './source-lines';
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
export function pageNumberLines(lines: readonly SourceLine[]): Set<number> {
  const dropped = new Set<number>();
  const neighbour = (from: number, step: 1 | -1): SourceLine | undefined => {
    for (let i = from + step; i >= 0 && i < lines.length; i += step) {
      if ((lines[i] as SourceLine).text !== '') return lines[i];
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
type LineHandler<K extends LineKind['kind']> = (state: BodyState, kind: LineOf<K>, line: SourceLine) => void;

/** One handler per kind of body line; blank lines and page headers only end what was contiguous. */
const LINE_HANDLERS: { [K in Exclude<LineKind['kind'], 'blank' | 'page-header'>]: LineHandler<K> } = {
  'page-number': (state, _kind, line) =>
    error(
      state,
      line.no,
      `stray line "${line.text}": a bare number away from the page header CAICT 中国信通院 (a page number? delete it; a figure? put it in the text)`,
    ),
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
  lines: readonly SourceLine[],
  from: number,
  to: number,
  dropped: ReadonlySet<number>,
  tocTitles: ReadonlyMap<HeadingKind, readonly string[]>,
): BodyResult {
  const state: BodyState = { sections: [], headings: [], errors: [], tocTitles };
  for (let i = from; i < to; i++) {
    const line = lines[i] as SourceLine;
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

function error(state: BodyState, line: number, message: string): void {
  state.errors.push({ line, message });
}

const itemLabel = (it: Item) => `item ${it.number} "${it.title}"`;

/** A source line wrapped before its closing bracket takes the following text lines; true when this line was taken. */
function continuesSource(state: BodyState, kind: LineKind, line: SourceLine): boolean {
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
  error(state, pending.line, 'source line is not closed: end it with ）');
  addSource(state, pending.text, pending.line, true);
  state.pendingSource = undefined;
}

function openSection(state: BodyState, kind: HeadingLine, line: SourceLine): void {
  state.item = undefined;
  state.subsection = undefined;
  const expected = state.sections.length + 1;
  if (kind.number !== expected) error(state, line.no, `section ${kind.numeral}、 is out of order: expected section number ${expected}`);
  const section: Section = { numeral: kind.numeral, number: kind.number, title: kind.title, line: line.no, subsections: [], items: [] };
  state.sections.push(section);
  state.section = section;
  addHeading(state, 'section', kind, line, section);
}

function openSubsection(state: BodyState, kind: HeadingLine, line: SourceLine): void {
  state.item = undefined;
  const { section } = state;
  if (!section) {
    error(state, line.no, `subsection （${kind.numeral}）${kind.title} comes before the first section 一、`);
    return;
  }
  if (section.items.length > 0) {
    error(
      state,
      line.no,
      `subsection （${kind.numeral}） follows items placed directly under ${section.numeral}、${section.title}: a section has either items or subsections`,
    );
  }
  const expected = section.subsections.length + 1;
  if (kind.number !== expected) {
    error(
      state,
      line.no,
      `subsection （${kind.numeral}） is out of order: expected subsection number ${expected} in ${section.numeral}、${section.title}`,
    );
  }
  const subsection: Subsection = { numeral: kind.numeral, number: kind.number, title: kind.title, line: line.no, items: [] };
  section.subsections.push(subsection);
  state.subsection = subsection;
  addHeading(state, 'subsection', kind, line, subsection);
}

function openItem(state: BodyState, kind: HeadingLine, line: SourceLine): void {
  const { section, subsection } = state;
  if (!section) {
    state.item = undefined;
    error(state, line.no, `item ${kind.numeral}. ${kind.title} comes before the first section 一、`);
    return;
  }
  const siblings = subsection ? subsection.items : section.items;
  const expected = siblings.length + 1;
  if (kind.number !== expected) error(state, line.no, `item ${kind.numeral}. is out of order: expected item number ${expected}`);
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
  line: SourceLine,
  target: Heading,
): void {
  const ref: HeadingRef = { kind, number: heading.number, title: heading.title, line: line.no };
  state.headings.push(ref);
  state.contiguous = { kind: 'heading', ref, target };
}

function addCaption(state: BodyState, kind: Extract<LineKind, { kind: 'caption' }>, line: SourceLine): void {
  const { item } = state;
  if (!item) {
    error(state, line.no, `figure caption "${line.text}" outside an item`);
    return;
  }
  if (item.blocks.some((b) => b.kind === 'source')) {
    error(state, line.no, `figure caption after the source line of ${itemLabel(item)}: the （信息来源：…） line comes last`);
    return;
  }
  const block: Block = { kind: 'caption', number: kind.number, text: kind.text, line: line.no };
  item.blocks.push(block);
  state.contiguous = { kind: 'block', block };
}

function addSource(state: BodyState, text: string, line: number, closed: boolean): void {
  const { item } = state;
  if (!item) {
    error(state, line, 'source line outside an item: it belongs after the text of an item "1. 标题"');
    return;
  }
  if (item.blocks.some((b) => b.kind === 'source')) {
    error(state, line, `second source line in ${itemLabel(item)}: an item has one （信息来源：…） line`);
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
    const where = subsection
      ? `under （${subsection.numeral}）${subsection.title} before its first item`
      : section
        ? `under ${section.numeral}、${section.title} before its first item`
        : 'before the first section';
    error(state, line, `cannot place "${text}": text ${where}; every paragraph belongs to an item "1. 标题"`);
    return;
  }
  if (item.blocks.some((b) => b.kind === 'source')) {
    error(state, line, `text after the source line of ${itemLabel(item)}: the （信息来源：…） line comes last`);
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
    if (s.items.length === 0 && s.subsections.length === 0) error(state, s.line, `section ${s.numeral}、${s.title} has no items`);
    for (const sub of s.subsections) {
      if (sub.items.length === 0) error(state, sub.line, `subsection （${sub.numeral}）${sub.title} has no items`);
    }
    for (const it of sectionItems(s)) {
      if (!it.blocks.some((b) => b.kind === 'paragraph')) error(state, it.line, `${itemLabel(it)} has no text`);
      if (!it.blocks.some((b) => b.kind === 'source'))
        error(state, it.line, `${itemLabel(it)} has no source line: add （信息来源：…） after its text`);
    }
  }
}
