import { RULES, type RuleId } from './rules';

/**
 * A problem found in a content file. Every check (front matter, body, cross-file rules)
 * reports through this one shape so editors get one list, all at once.
 */
export interface ContentProblem {
  /** The rule broken (lib/content/rules.ts). */
  rule: RuleId;
  /** Path as the editor would type it, relative to the repository root. */
  file: string;
  /** 1-based line in the file; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The front matter field or body element at fault: `year`, `contacts.phones.0`, `item.source`. */
  field: string;
  message: string;
}

/** Where in its file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A problem with the whole file is reported at its start. */
export const FILE_START: Position = { line: 1, column: 1 };

/** Records one problem of a file; `field` defaults to the rule's. */
export type Report = (rule: RuleId, at: Position, message: string, field?: string) => void;

/** A report function for one file, and the list it fills. */
export function problemList(file: string): { problems: ContentProblem[]; report: Report } {
  const problems: ContentProblem[] = [];
  const report: Report = (rule, at, message, field = RULES[rule].field) =>
    problems.push({ rule, file, line: at.line, column: at.column, field, message });
  return { problems, report };
}

/** An editor's text as a message quotes it: cut at 60 characters, so a runaway line cannot flood the report. */
export function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** `path:line:col  field  message`, the format editors' tools and terminals link from. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}`;
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}

/** Every problem on its line, then the count: what validate and the build print before they stop. */
export function problemReport(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((i) => i.file)).size;
  return `${sortProblems(problems).map(formatProblem).join('\n')}\n\n✗ ${problems.length} problem(s) in ${files} file(s).`;
}

/** Thrown where a caller cannot go on (the build); carries the full list for the message. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(`content problems:\n${problemReport(problems)}`);
    this.name = 'ContentError';
  }
}
