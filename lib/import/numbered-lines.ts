/**
 * The line stream every later step reads: the bulletin's text as numbered lines, blocks
 * separated by blank lines. It comes from extracted text or from the PDF itself (see
 * printed-lines.ts), and each problem names a line of it, so an editor knows where to look.
 */
export interface NumberedLine {
  /** 1-based line number in the input file; for a PDF, a running count its pages' lines map back to. */
  no: number;
  /** The line without surrounding whitespace; '' for a blank line. */
  text: string;
  /** The line starts a page (pdftotext marks page breaks with a form feed). */
  pageBreak: boolean;
}
