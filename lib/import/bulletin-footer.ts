/**
 * The contact block at the end of an issue: the department line, then 联系电话 and
 * 电子邮箱 with several values separated by `/`, wrapped onto following lines as the
 * extraction pleases (`电子邮箱: a@caict.ac.cn` ⏎ `/b@caict.ac.cn`).
 */
import { type Contacts, PHONE_NUMBER } from '../content/schemas/contacts';
import { classifyLine } from './bulletin-lines';
import { type ImportError, importError } from './errors';
import type { NumberedLine } from './numbered-lines';
import { collapseSpaces } from './text';

/** What the block gives: the department line and the front matter's contacts. */
export type ContactBlock = { department: string } & Contacts;

const LABEL = /(联系电话|电话|电子邮箱|邮箱|E-?mail)\s*[:：]/giu;
/** Only the full labels start the block: a paragraph may well begin with 电话：. */
const STARTS_WITH_LABEL = /^(联系电话|电子邮箱)\s*[:：]/u;
const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/u;

/**
 * Where the contact block starts: its department line, the last text line before the first
 * contact label, or the first of several when the name wraps (see departmentContinues).
 * Undefined when the issue has no contact label at all.
 */
export function findFooter(lines: readonly NumberedLine[], from: number): { start: number; labelIndex: number } | undefined {
  const labelIndex = lines.findIndex((line, i) => i >= from && STARTS_WITH_LABEL.test(line.text));
  if (labelIndex === -1) return undefined;
  const previousText = (i: number): number => {
    let at = i - 1;
    while (at >= from && SKIPPED.includes(classifyLine((lines[at] as NumberedLine).text).kind)) at--;
    return at;
  };
  let start = previousText(labelIndex);
  if (start < from) return { start: from, labelIndex };
  // Extend upwards over the wrapped name only when what precedes it plainly ends the last item.
  let first = start;
  for (let at = previousText(first); at >= from && isDepartmentPart((lines[at] as NumberedLine).text); at = previousText(at)) first = at;
  if (first < start) {
    const before = previousText(first);
    if (before >= from && endsAnItem((lines[before] as NumberedLine).text)) start = first;
  }
  return { start, labelIndex };
}

const SKIPPED = ['blank', 'page-header'];

/** A department name: a short line of names, none of a sentence's or a source line's punctuation. */
function isDepartmentPart(text: string): boolean {
  return classifyLine(text).kind === 'text' && collapseSpaces(text).length <= 40 && !/[。，；：:,;、（）()“”《》！？]/u.test(text);
}

/** The last item's source line, closed, or the closing end of a wrapped one. */
function endsAnItem(text: string): boolean {
  const kind = classifyLine(text);
  return kind.kind === 'source' ? kind.closed : kind.kind === 'text' && /[)）]\s*$/u.test(text);
}

export function parseFooter(
  lines: readonly NumberedLine[],
  start: number,
  labelIndex: number,
): { contacts: ContactBlock; errors: ImportError[] } {
  const errors: ImportError[] = [];
  // A name wrapped over lines is joined with a space, as a one-line name prints it.
  const departmentLines = lines.slice(start, labelIndex).filter((line) => !SKIPPED.includes(classifyLine(line.text).kind));
  let department = '';
  if (departmentLines.length > 0 && departmentLines.every((line) => classifyLine(line.text).kind === 'text')) {
    department = collapseSpaces(departmentLines.map((line) => line.text).join(' '));
  } else {
    errors.push(importError('no-department', (lines[labelIndex] as NumberedLine).no, {}));
  }

  const values = { phones: [] as { value: string; line: number }[], emails: [] as { value: string; line: number }[] };
  let current: keyof typeof values | undefined;
  for (const line of lines.slice(labelIndex)) {
    const kind = classifyLine(line.text).kind;
    if (kind === 'blank' || kind === 'page-header') continue;
    // Split the line at each label; text before the first label continues the previous one.
    const parts: { label?: string; text: string }[] = [];
    let last = 0;
    let label: string | undefined;
    for (const match of line.text.matchAll(LABEL)) {
      parts.push({ ...(label === undefined ? {} : { label }), text: line.text.slice(last, match.index) });
      label = match[1] ?? '';
      last = (match.index ?? 0) + match[0].length;
    }
    parts.push({ ...(label === undefined ? {} : { label }), text: line.text.slice(last) });

    for (const part of parts) {
      if (part.label !== undefined) current = /电话/u.test(part.label) ? 'phones' : 'emails';
      if (part.text.trim() === '') continue;
      // Without a label, a part continues the previous label's values only if it looks like one: `/b@caict.ac.cn`.
      const continues = /^[/／、,，;；]/u.test(part.text.trim()) || (current === 'emails' ? /@/u : /^\+?\d[\d-]*$/u).test(part.text.trim());
      if (!current || (part.label === undefined && !continues)) {
        errors.push(importError('contact-unplaced', line.no, { text: part.text.trim() }));
        continue;
      }
      for (const value of part.text.split(/[\s/／、,，;；]+/u).filter(Boolean)) values[current].push({ value, line: line.no });
    }
  }

  for (const { value, line } of values.phones) {
    if (!PHONE_NUMBER.test(value)) errors.push(importError('bad-phone', line, { value }));
  }
  for (const { value, line } of values.emails) {
    if (!EMAIL.test(value)) errors.push(importError('bad-email', line, { value }));
  }
  const at = (lines[labelIndex] as NumberedLine).no;
  if (values.phones.length === 0) errors.push(importError('no-phone', at, {}));
  if (values.emails.length === 0) errors.push(importError('no-email', at, {}));

  return {
    contacts: { department, phones: values.phones.map((p) => p.value), emails: values.emails.map((e) => e.value) },
    errors,
  };
}
