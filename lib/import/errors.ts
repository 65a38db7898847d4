/**
 * Import problems. Importers never stop at the first one: they collect every problem
 * so an editor can fix the source text in one pass, and they write nothing while any remain.
 */
export interface ImportError {
  /** 1-based line in the input file; the line to look at when the problem is an absence. */
  line: number;
  message: string;
}

/** `file:line  message`, the shape terminals and editors turn into links. */
export function formatImportError(file: string, error: ImportError): string {
  return `${file}:${error.line}  ${error.message}`;
}

export function sortImportErrors(errors: readonly ImportError[]): ImportError[] {
  // Stable sort: problems on one line keep the order they were found in.
  return [...errors].sort((a, b) => a.line - b.line);
}

/** The outcome of an import: the Markdown, or the problems that prevented it. */
export type ImportResult<T> = { ok: true; value: T } | { ok: false; errors: ImportError[] };
