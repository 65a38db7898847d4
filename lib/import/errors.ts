/**
 * Import problems. Importers never stop at the first one: they collect every problem
 * so an editor can fix the source text in one pass, and they write nothing while any remain.
 */
export interface ImportError {
  /** 1-based PDF page, for a PDF; then `line` counts the printed lines of that page from its top. */
  page?: number;
  /** 1-based line in the input file (or on the page); the line to look at when the problem is an absence. */
  line: number;
  message: string;
}

/** `file:line  message`, the shape terminals and editors turn into links; `file.pdf:page N:line M  message` for a PDF. */
export function formatImportError(file: string, error: ImportError): string {
  const at = error.page === undefined ? `${error.line}` : `page ${error.page}:line ${error.line}`;
  return `${file}:${at}  ${error.message}`;
}

export function sortImportErrors(errors: readonly ImportError[]): ImportError[] {
  // Stable sort: problems on one line keep the order they were found in.
  return [...errors].sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line);
}

/**
 * The outcome of an import: the Markdown, or the problems that prevented it, with the
 * warnings (lines left out of the cover or 本期导读) an editor should see either way.
 */
export type ImportResult<T> = { ok: true; value: T } | { ok: false; errors: ImportError[]; warnings?: ImportError[] };
