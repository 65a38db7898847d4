/**
 * The bulletin as printed: pages of lines, each with what its place on the page says.
 * Both inputs arrive here, a PDF read with pdf.js (pdf-layout.ts) and the text pdftotext
 * extracts from one (text-pages.ts), and leave as the one line stream the structure parser
 * reads: blocks separated by blank lines, a block's wrapped lines one below the other.
 */
import { findLookAlikes, foldLookAlikes } from '../content/look-alike-ideographs';
import { classifyLine } from './bulletin-lines';
import type { NumberedLine } from './numbered-lines';
import { closeLetterSpacing, endsSentence } from './text';

export interface PrintedLine {
  /** The stream's line number: the input file's line for text, a running count for a PDF. */
  no: number;
  /** 1-based page, and line on that page counted from the top (page furniture included). */
  page: number;
  line: number;
  /** The line's text without surrounding whitespace; '' for a blank line of text input. */
  text: string;
  /** Height of the baseline from the top of the page in points; undefined for text, which has none. */
  top?: number;
  /** A block starts here: a first-line indent, a wider gap above, or a line set apart. */
  startsBlock: boolean;
  /** Nothing continues this line: it is set apart (centred, right-aligned) or ends its paragraph short. */
  endsBlock: boolean;
}

/**
 * Whether a line that stops short of the measure ends its block: a caption does, a text line
 * does when it ends a sentence. Justified lines run to the margin, so a line that stops early
 * ends its paragraph even where no indent or gap follows (the next paragraph starts a page,
 * or the text has no indents left). How short is short is the caller's: it knows its units.
 */
export function shortLineEndsBlock(text: string): boolean {
  const kind = classifyLine(text).kind;
  return kind === 'caption' || (kind === 'text' && endsSentence(text));
}

/**
 * Pages of printed lines → the line stream. Look-alike ideographs (radicals a font maps its
 * glyphs to, ⻅ for 见) are folded here once, for either input: the importer's boundary; and a
 * letter-spaced line loses the spaces extraction put between its characters.
 */
export function toLineStream(pages: readonly (readonly PrintedLine[])[]): NumberedLine[] {
  const stream: NumberedLine[] = [];
  let apart = false;
  for (const [index, page] of pages.entries()) {
    for (const [at, line] of page.entries()) {
      const text = closeLetterSpacing(foldLookAlikes(line.text));
      const previous = stream.at(-1);
      if (text !== '' && (line.startsBlock || apart) && previous && previous.text !== '') {
        stream.push({ no: line.no, text: '', pageBreak: false });
      }
      stream.push({ no: line.no, text, pageBreak: index > 0 && at === 0 });
      apart = text !== '' && line.endsBlock;
    }
  }
  return stream;
}

/** The look-alike code points the line stream corrects (⻅ → 见), with how often each occurs. */
export function lookAlikesIn(pages: readonly (readonly PrintedLine[])[]): Map<string, { unified: string; count: number }> {
  const found = new Map<string, { unified: string; count: number }>();
  for (const line of pages.flat()) {
    for (const { char, unified } of findLookAlikes(line.text)) {
      const entry = found.get(char) ?? { unified, count: 0 };
      entry.count++;
      found.set(char, entry);
    }
  }
  return found;
}
