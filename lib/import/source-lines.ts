/**
 * Reading extracted PDF text as numbered lines. Every later step works on these so
 * each problem can name the line of the input file an editor has to look at.
 */
export interface SourceLine {
  /** 1-based line number in the input file. */
  no: number;
  /** The line without surrounding whitespace; '' for a blank line. */
  text: string;
  /** A form feed was on this line: pdftotext marks page breaks with one. */
  pageBreak: boolean;
}

export function readSourceLines(raw: string): SourceLine[] {
  const text = raw.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  return text.split('\n').map((line, index) => ({
    no: index + 1,
    text: line.replace(/\f/gu, '').trim(),
    pageBreak: line.includes('\f'),
  }));
}
