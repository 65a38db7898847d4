/**
 * The bulletin body: sections → subsections → items → paragraphs, figure captions and
 * the source line. Every body line ends up in exactly one place, is a dropped page header
 * or page number, or becomes an error naming its line: nothing is skipped silently.
 */

import { sectionItems } from '../content/items';
import { classifyLine, closeSource, type HeadingKind, splitTrailingSource } from './bulletin-lines';
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

/**
 * Parse body lines [from, to). `tocTitles` holds the comparison keys of the TOC titles by
 * kind: a heading wrapped onto a second line is joined only when the TOC confirms it.
 */
export function parseBody(
  lines: readonly SourceLine[],
  from: number,
  to: number,
  dropped: ReadonlySet<number>,
  tocTitles: ReadonlyMap<HeadingKind, readonly string[]>,
): BodyResult {
  const sections: Section[] = [];
  const headings: HeadingRef[] = [];
  const errors: ImportError[] = [];
  let section: Section | undefined;
  let subsection: Subsection | undefined;
  let item: Item | undefined;
  /** What a text line right below (no blank line between) continues. */
  let contiguous: { kind: 'heading'; ref: HeadingRef; target: Heading } | { kind: 'block'; block: Block } | undefined;
  let pendingSource: { text: string; line: number } | undefined;

  const error = (line: number, message: string) => errors.push({ line, message });
  const itemLabel = (it: Item) => `item ${it.number} "${it.title}"`;

  const addSource = (text: string, line: number, closed: boolean) => {
    if (!item) return error(line, 'source line outside an item: it belongs after the text of an item "1. 标题"');
    if (item.blocks.some((b) => b.kind === 'source'))
      return error(line, `second source line in ${itemLabel(item)}: an item has one （信息来源：…） line`);
    if (closed) {
      item.blocks.push({ kind: 'source', text, line });
    } else {
      pendingSource = { text, line };
    }
  };

  const addText = (text: string, line: number) => {
    if (contiguous?.kind === 'heading') {
      // A wrapped heading continues on the next line; the TOC tells whether this line is part of it.
      const joined = joinPieces(contiguous.target.title, text);
      const key = comparisonKey(joined);
      if ((tocTitles.get(contiguous.ref.kind) ?? []).some((title) => title.startsWith(key))) {
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
      return error(line, `cannot place "${text}": text ${where}; every paragraph belongs to an item "1. 标题"`);
    }
    if (item.blocks.some((b) => b.kind === 'source')) {
      return error(line, `text after the source line of ${itemLabel(item)}: the （信息来源：…） line comes last`);
    }
    // A paragraph cut by a page break or a figure goes on here: join it to the unfinished one.
    const lastParagraph = [...item.blocks].reverse().find((b) => b.kind === 'paragraph');
    const onlyCaptionsAfter = lastParagraph && item.blocks.slice(item.blocks.indexOf(lastParagraph) + 1).every((b) => b.kind === 'caption');
    if (lastParagraph && onlyCaptionsAfter && !endsSentence(lastParagraph.text)) {
      lastParagraph.text = joinPieces(lastParagraph.text, text);
      contiguous = { kind: 'block', block: lastParagraph };
      return;
    }
    const block: Block = { kind: 'paragraph', text, line };
    item.blocks.push(block);
    contiguous = { kind: 'block', block };
  };

  for (let i = from; i < to; i++) {
    const line = lines[i] as SourceLine;
    const kind = classifyLine(line.text);
    if (dropped.has(i) || kind.kind === 'blank' || kind.kind === 'page-header') {
      contiguous = undefined;
      continue;
    }

    if (pendingSource) {
      if (kind.kind === 'text' || kind.kind === 'page-number') {
        const source = closeSource(joinPieces(pendingSource.text, line.text));
        pendingSource.text = source.text;
        if (source.closed) {
          addSource(source.text, pendingSource.line, true);
          pendingSource = undefined;
        }
        continue;
      }
      error(pendingSource.line, 'source line is not closed: end it with ）');
      addSource(pendingSource.text, pendingSource.line, true);
      pendingSource = undefined;
    }

    // Only a text line continues what stands right above it.
    if (kind.kind !== 'text') contiguous = undefined;
    switch (kind.kind) {
      case 'page-number':
        error(
          line.no,
          `stray line "${line.text}": a bare number away from the page header CAICT 中国信通院 (a page number? delete it; a figure? put it in the text)`,
        );
        break;
      case 'section': {
        item = undefined;
        subsection = undefined;
        const expected = sections.length + 1;
        if (kind.number !== expected) error(line.no, `section ${kind.numeral}、 is out of order: expected section number ${expected}`);
        section = { numeral: kind.numeral, number: kind.number, title: kind.title, line: line.no, subsections: [], items: [] };
        sections.push(section);
        const ref: HeadingRef = { kind: 'section', number: kind.number, title: kind.title, line: line.no };
        headings.push(ref);
        contiguous = { kind: 'heading', ref, target: section };
        break;
      }
      case 'subsection': {
        item = undefined;
        if (!section) {
          error(line.no, `subsection （${kind.numeral}）${kind.title} comes before the first section 一、`);
          break;
        }
        if (section.items.length > 0) {
          error(
            line.no,
            `subsection （${kind.numeral}） follows items placed directly under ${section.numeral}、${section.title}: a section has either items or subsections`,
          );
        }
        const expected = section.subsections.length + 1;
        if (kind.number !== expected)
          error(
            line.no,
            `subsection （${kind.numeral}） is out of order: expected subsection number ${expected} in ${section.numeral}、${section.title}`,
          );
        subsection = { numeral: kind.numeral, number: kind.number, title: kind.title, line: line.no, items: [] };
        section.subsections.push(subsection);
        const ref: HeadingRef = { kind: 'subsection', number: kind.number, title: kind.title, line: line.no };
        headings.push(ref);
        contiguous = { kind: 'heading', ref, target: subsection };
        break;
      }
      case 'item': {
        if (!section) {
          item = undefined;
          error(line.no, `item ${kind.numeral}. ${kind.title} comes before the first section 一、`);
          break;
        }
        const siblings = subsection ? subsection.items : section.items;
        const expected = siblings.length + 1;
        if (kind.number !== expected) error(line.no, `item ${kind.numeral}. is out of order: expected item number ${expected}`);
        item = { numeral: kind.numeral, number: kind.number, title: kind.title, line: line.no, blocks: [] };
        siblings.push(item);
        const ref: HeadingRef = { kind: 'item', number: kind.number, title: kind.title, line: line.no };
        headings.push(ref);
        contiguous = { kind: 'heading', ref, target: item };
        break;
      }
      case 'caption': {
        if (!item) {
          error(line.no, `figure caption "${line.text}" outside an item`);
        } else if (item.blocks.some((b) => b.kind === 'source')) {
          error(line.no, `figure caption after the source line of ${itemLabel(item)}: the （信息来源：…） line comes last`);
        } else {
          const block: Block = { kind: 'caption', number: kind.number, text: kind.text, line: line.no };
          item.blocks.push(block);
          contiguous = { kind: 'block', block };
        }
        break;
      }
      case 'source':
        addSource(kind.text, line.no, kind.closed);
        break;
      case 'text': {
        const split = splitTrailingSource(line.text);
        if (split) {
          addText(split.text, line.no);
          const source = classifyLine(split.source);
          if (source.kind === 'source') addSource(source.text, line.no, source.closed);
          contiguous = undefined;
        } else {
          addText(line.text, line.no);
        }
        break;
      }
    }
  }
  if (pendingSource) {
    error(pendingSource.line, 'source line is not closed: end it with ）');
    addSource(pendingSource.text, pendingSource.line, true);
  }

  for (const s of sections) {
    if (s.items.length === 0 && s.subsections.length === 0) error(s.line, `section ${s.numeral}、${s.title} has no items`);
    for (const sub of s.subsections) {
      if (sub.items.length === 0) error(sub.line, `subsection （${sub.numeral}）${sub.title} has no items`);
    }
    for (const it of sectionItems(s)) {
      if (!it.blocks.some((b) => b.kind === 'paragraph')) error(it.line, `${itemLabel(it)} has no text`);
      if (!it.blocks.some((b) => b.kind === 'source'))
        error(it.line, `${itemLabel(it)} has no source line: add （信息来源：…） after its text`);
    }
  }
  return { sections, headings, errors };
}
