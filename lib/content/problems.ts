import { compareCodeUnits } from '../compare';
import { fieldLabel } from './field-labels';
import { type Lang, type MessageParams, RULES, type RuleId, ruleMessage } from './rules';

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
  /** The message in English, for developers. */
  message: string;
  /** The message in Chinese, for editors (the English one where the rule has no Chinese yet). */
  messageZh: string;
  /** Where it is in the editor's terms, when inside an item or answer: `二、（一）第1条 “中央网信办等11部门联合印发…”`. */
  place?: string;
}

/** Where in its file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A problem with the whole file is reported at its start. */
export const FILE_START: Position = { line: 1, column: 1 };

/** Records one problem of a file with its message's parameters (lib/content/rules.ts); `field` defaults to the rule's. */
export type Report = <R extends RuleId>(rule: R, at: Position, params: MessageParams<R>, field?: string) => void;

/** A report function for one file, and the list it fills. */
export function problemList(file: string): { problems: ContentProblem[]; report: Report } {
  const problems: ContentProblem[] = [];
  const report: Report = (rule, at, params, field = RULES[rule].field) =>
    problems.push({
      rule,
      file,
      line: at.line,
      column: at.column,
      field,
      message: ruleMessage(rule, params, 'en'),
      messageZh: ruleMessage(rule, params, 'zh-CN'),
    });
  return { problems, report };
}

/** A problem's message in one language. */
export function problemMessage(problem: ContentProblem, lang: Lang): string {
  return lang === 'en' ? problem.message : problem.messageZh;
}

/** An editor's text as a message quotes it: cut at 60 characters, so a runaway line cannot flood the report. */
export function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * `path:line:col  where：message` in Chinese (where: the item in the editor's terms, or the
 * field), `path:line:col  field  message` in English: the format editors' tools and terminals link from.
 */
export function formatProblem(problem: ContentProblem, lang: Lang = 'zh-CN'): string {
  const at = `${problem.file}:${problem.line}:${problem.column}`;
  if (lang === 'en') return `${at}  ${problem.field}  ${problem.message}`;
  const kind = /(^|\/)qa\//.test(problem.file) ? 'qa' : 'bulletin';
  return `${at}  ${problem.place ?? fieldLabel(problem.field, kind)}：${problem.messageZh}`;
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => compareCodeUnits(a.file, b.file) || a.line - b.line || a.column - b.column || compareCodeUnits(a.field, b.field),
  );
}

/** Every problem on its line, then the count: what validate and the build print before they stop. */
export function problemReport(problems: readonly ContentProblem[], lang: Lang = 'zh-CN'): string {
  const files = new Set(problems.map((i) => i.file)).size;
  const lines = sortProblems(problems).map((problem) => formatProblem(problem, lang));
  const count =
    lang === 'en' ? `✗ ${problems.length} problem(s) in ${files} file(s).` : `✗ ${files} 个文件中共有 ${problems.length} 个问题。`;
  return `${lines.join('\n')}\n\n${count}`;
}

/** Thrown where a caller cannot go on (the build); carries the full list for the message. */
export class ContentError extends Error {
  constructor(
    readonly problems: readonly ContentProblem[],
    lang: Lang = 'zh-CN',
  ) {
    super(`${lang === 'en' ? 'content problems' : '内容有问题'}:\n${problemReport(problems, lang)}`);
    this.name = 'ContentError';
  }
}
