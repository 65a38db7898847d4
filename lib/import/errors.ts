import type { Lang } from '../content/rules';
import { type ImportMessageId, type ImportMessageParams, importMessage, type LineRef } from './messages';

/**
 * Import problems. Importers never stop at the first one: they collect every problem
 * so an editor can fix the input text in one pass, and they write nothing while any remain.
 */
export interface ImportError {
  /** 1-based PDF page, for a PDF; then `line` counts the printed lines of that page from its top. */
  page?: number;
  /** 1-based line in the input file (or on the page); the line to look at when the problem is an absence. */
  line: number;
  /** The message's id in lib/import/messages.ts. */
  id: ImportMessageId;
  /** What the message was made from: kept so a PDF import can name the other lines it points to by page. */
  params: unknown;
  /** The message in English, for developers. */
  message: string;
  /** The message in Chinese, for editors. */
  messageZh: string;
}

/** A problem at `line` (of the input, or of the line stream a PDF's pages become), with its message in both languages. */
export function importError<I extends ImportMessageId>(id: I, line: number, params: ImportMessageParams<I>): ImportError {
  return { line, id, params, message: importMessage(id, params, 'en'), messageZh: importMessage(id, params, 'zh-CN') };
}

/**
 * The problem at its place in a PDF: `where` turns a line of the stream the pages became into
 * the page and the line on it, for the problem and for each other line its message names (LineRef).
 */
export function relocateImportError(error: ImportError, where: (line: number) => { page: number; line: number }): ImportError {
  const params = Object.fromEntries(
    Object.entries(error.params as Record<string, unknown>).map(([key, value]) => [
      key,
      typeof value === 'object' && value !== null && 'line' in value ? where((value as LineRef).line) : value,
    ]),
  );
  return { ...importError(error.id, error.line, params as never), ...where(error.line) };
}

/** A problem's message in one language. */
export function importErrorMessage(error: ImportError, lang: Lang): string {
  return lang === 'en' ? error.message : error.messageZh;
}

/**
 * `file:line  message`, the shape terminals and editors turn into links; for a PDF
 * `file.pdf:第N页第M行  message` (`file.pdf:page N:line M  message` in English).
 */
export function formatImportError(file: string, error: ImportError, lang: Lang = 'zh-CN'): string {
  const at =
    error.page === undefined
      ? `${error.line}`
      : lang === 'en'
        ? `page ${error.page}:line ${error.line}`
        : `第${error.page}页第${error.line}行`;
  return `${file}:${at}  ${importErrorMessage(error, lang)}`;
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
