/**
 * Import one 数字乡村发展动态 issue from its line stream:
 * title block → 本期导读 (checked, not copied) → body → contact block.
 * The stream comes from the text extracted from the PDF (importBulletin) or from the PDF
 * itself (bulletin-pdf.ts); either way one parser and one renderer make the Markdown.
 * Produces content/bulletins/YYYY-NN.md, or every problem found, never half a file.
 */

import { sectionItems } from '../content/items';
import { originalPdfUrl } from '../content/original-pdf';
import { SERIES_NAME } from '../content/schemas/bulletin';
import { findSectionByName, findSubsectionByName } from '../content/sections';
import { issueId } from '../routes';
import { findFooter, parseFooter } from './bulletin-footer';
import { classifyLine, type HeadingKind } from './bulletin-lines';
import { figureUrl, renderBulletin } from './bulletin-render';
import { pageNumberLines, parseBody, type Section } from './bulletin-structure';
import { compareToc, parseToc } from './bulletin-toc';
import { type ImportError, type ImportResult, importError, sortImportErrors } from './errors';
import type { CoverPart } from './messages';
import type { NumberedLine } from './numbered-lines';
import { lookAlikesIn, toLineStream } from './printed-lines';
import { collapseSpaces, comparisonKey } from './text';
import { readTextPages } from './text-pages';

export interface BulletinImportOptions {
  /** Publication date YYYY-MM-DD, when the editor knows it; otherwise the cover's date line, if it prints one. */
  date?: string;
}

export interface LineStreamOptions extends BulletinImportOptions {
  /** The original PDF is kept at /pdf/YYYY-NN.pdf: the front matter names it. */
  keptPdf?: boolean;
  /** Stream lines of 图N captions that have their picture (a PDF's): the Markdown shows the image above them. */
  pictures?: ReadonlySet<number>;
}

export interface ImportedBulletin {
  /** `YYYY-NN.md` */
  fileName: string;
  markdown: string;
  /**
   * Headings the site does not know yet (a new section or subsection). The file is still
   * written, complete, but validation rejects it until the name is added to lib/content/sections.ts.
   */
  notices: ImportError[];
  /** Where each picture given in `pictures` goes: its caption's stream line and its address on the site. */
  figures: { line: number; url: string }[];
  /** The body as read, for the review summary. */
  sections: Section[];
  /** Look-alike code points corrected on the way in (⻅ → 见), with how often each occurred. */
  lookAlikes: Map<string, { unified: string; count: number }>;
  /** Cover and 本期导读 lines left out: part of `notices` too, listed apart for the summary. */
  warnings: ImportError[];
}

/** `(2024 年第 2 期)` in either width. */
const ISSUE = /[（(]\s*(\d{4})\s*年\s*第\s*(\d{1,2})\s*期\s*[)）]/u;
const TOC_TITLE = /^本\s*期\s*导\s*读$/u;

/** Import the text extracted from the PDF; problems name lines of that text. */
export function importBulletin(raw: string, options: BulletinImportOptions = {}): ImportResult<ImportedBulletin> {
  const pages = readTextPages(raw);
  const result = importBulletinLines(toLineStream(pages), options);
  return result.ok ? { ok: true, value: { ...result.value, lookAlikes: lookAlikesIn(pages) } } : result;
}

export function importBulletinLines(lines: readonly NumberedLine[], options: LineStreamOptions = {}): ImportResult<ImportedBulletin> {
  const errors: ImportError[] = [];

  if (options.date !== undefined && !isIsoDate(options.date)) {
    errors.push(importError('bad-date', 1, { date: options.date }));
  }

  const tocIndex = lines.findIndex((line) => TOC_TITLE.test(line.text));
  if (tocIndex === -1) {
    errors.push(importError('no-toc', 1, {}));
    return { ok: false, errors: sortImportErrors(errors) };
  }
  const title = parseTitleBlock(lines.slice(0, tocIndex));
  errors.push(...title.errors);
  const warnings = [...title.warnings];

  const toc = parseToc(lines, tocIndex + 1, (lines[tocIndex] as NumberedLine).no);
  errors.push(...toc.errors);
  warnings.push(...toc.warnings);

  const footer = findFooter(lines, toc.end);
  let bodyEnd = lines.length;
  let contacts = { department: '', phones: [] as string[], emails: [] as string[] };
  if (footer) {
    bodyEnd = footer.start;
    const parsed = parseFooter(lines, footer.start, footer.labelIndex);
    contacts = parsed.contacts;
    errors.push(...parsed.errors);
  } else {
    const last = [...lines].reverse().find((line) => line.text !== '') ?? lines[lines.length - 1];
    errors.push(importError('no-contacts', last?.no ?? 1, {}));
  }

  const tocTitles = new Map<HeadingKind, string[]>();
  for (const entry of toc.entries) tocTitles.set(entry.kind, [...(tocTitles.get(entry.kind) ?? []), comparisonKey(entry.title)]);
  const body = parseBody(lines, toc.end, bodyEnd, pageNumberLines(lines), tocTitles);
  errors.push(...body.errors);
  if (toc.end < lines.length) errors.push(...compareToc(toc.entries, body.headings));

  const figures = title.issue ? placePictures(body.sections, issueId(title.issue.year, title.issue.number), options.pictures) : undefined;
  errors.push(...(figures?.errors ?? []));

  if (errors.length > 0 || !title.issue || !figures)
    return { ok: false, errors: sortImportErrors(errors), warnings: sortImportErrors(warnings) };
  const { year, number } = title.issue;
  const date = options.date ?? title.date;
  if (options.date && title.date && options.date !== title.date)
    warnings.push(importError('cover-date-differs', 1, { cover: title.date, date: options.date }));
  const markdown = renderBulletin(
    {
      series: title.series,
      year,
      number,
      publisher: title.publisher,
      contacts,
      ...(date ? { date } : {}),
      ...(options.keptPdf ? { pdf: originalPdfUrl(issueId(year, number)) } : {}),
    },
    body.sections,
  );
  return {
    ok: true,
    value: {
      fileName: `${issueId(year, number)}.md`,
      markdown,
      notices: sortImportErrors([...unknownHeadings(body.sections), ...warnings]),
      figures: figures.placed,
      sections: body.sections,
      lookAlikes: new Map(),
      warnings: sortImportErrors(warnings),
    },
  };
}

/**
 * Give each caption that has its picture the picture's address, /images/YYYY-NN/fig-N.png.
 * Figures are numbered through the issue, so two pictures for one number would share a file.
 */
function placePictures(
  sections: readonly Section[],
  id: string,
  pictures: ReadonlySet<number> = new Set(),
): { placed: { line: number; url: string }[]; errors: ImportError[] } {
  const placed: { line: number; url: string }[] = [];
  const errors: ImportError[] = [];
  const byNumber = new Map<number, number>();
  for (const item of sections.flatMap(sectionItems)) {
    for (const block of item.blocks) {
      if (block.kind !== 'caption' || !pictures.has(block.line)) continue;
      const earlier = byNumber.get(block.number);
      if (earlier !== undefined) {
        errors.push(importError('figure-number-twice', block.line, { number: block.number, earlier: { line: earlier } }));
        continue;
      }
      byNumber.set(block.number, block.line);
      block.picture = figureUrl(id, block.number);
      placed.push({ line: block.line, url: block.picture });
    }
  }
  return { placed, errors };
}

function unknownHeadings(sections: readonly Section[]): ImportError[] {
  const notices: ImportError[] = [];
  for (const section of sections) {
    const known = findSectionByName(section.title);
    if (!known) {
      notices.push(importError('unknown-section', section.line, { numeral: section.numeral, title: section.title }));
      continue;
    }
    for (const sub of section.subsections) {
      if (!findSubsectionByName(known, sub.title))
        notices.push(importError('unknown-subsection', sub.line, { numeral: sub.numeral, title: sub.title, section: known.name }));
    }
  }
  return notices;
}

interface TitleBlock {
  series: string;
  publisher: string;
  issue?: { year: number; number: number };
  /** The date printed on the cover, YYYY-MM-DD. */
  date?: string;
  errors: ImportError[];
  /** Cover lines the importer left out: the cover is read for the issue, the body decides. */
  warnings: ImportError[];
}

/** `2024年2月29日`, `2024-02-29`, `2024.2.29`, `2024/2/29`. */
const COVER_DATE = /^(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?$/u;

/** A date line of the cover, as YYYY-MM-DD; undefined when the line is not one. */
export function coverDate(text: string): string | undefined {
  const match = COVER_DATE.exec(text.trim());
  if (!match) return undefined;
  const iso = `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * The cover: series name, `(2024 年第 2 期)`, publisher, in that order (the series and the
 * issue may share a line), and perhaps a date line. Logo text and anything else the importer
 * does not understand is left out with a warning naming its line: only the issue line and
 * the names it needs are required.
 */
function parseTitleBlock(lines: readonly NumberedLine[]): TitleBlock {
  const errors: ImportError[] = [];
  const warnings: ImportError[] = [];
  const text = lines.filter((line) => !['blank', 'page-header'].includes(classifyLine(line.text).kind));
  const issueAt = text.findIndex((line) => ISSUE.test(line.text));
  if (issueAt === -1) {
    errors.push(importError('no-issue-line', 1, {}));
    return { series: '', publisher: '', errors, warnings };
  }
  const issueLine = text[issueAt] as NumberedLine;
  const match = ISSUE.exec(issueLine.text) as RegExpExecArray;
  let date: string | undefined;
  const parts = (from: { text: string; line: number }[]) =>
    from.filter((part) => {
      if (part.text.trim() === '') return false;
      const found = coverDate(part.text);
      if (found && date === undefined) date = found;
      return !found;
    });
  const before = parts([
    ...text.slice(0, issueAt).map((l) => ({ text: l.text, line: l.no })),
    { text: issueLine.text.slice(0, match.index), line: issueLine.no },
  ]);
  const after = parts([
    { text: issueLine.text.slice(match.index + match[0].length), line: issueLine.no },
    ...text.slice(issueAt + 1).map((l) => ({ text: l.text, line: l.no })),
  ]);

  const pick = (found: { text: string; line: number }[], chosen: number, what: CoverPart): string => {
    const part = found[chosen];
    if (!part) {
      errors.push(importError('cover-missing', issueLine.no, { part: what }));
      return '';
    }
    for (const extra of found.filter((other) => other !== part))
      warnings.push(importError('cover-left-out', extra.line, { text: collapseSpaces(extra.text), part: what }));
    return collapseSpaces(part.text);
  };
  // The series is the line that names it, else the one right above the issue line; the publisher comes right below.
  const named = before.findIndex((part) => collapseSpaces(part.text).replace(/\s/gu, '') === SERIES_NAME);
  const series = pick(before, named === -1 ? before.length - 1 : named, 'series');
  const publisher = pick(after, 0, 'publisher');
  return {
    series,
    publisher,
    issue: { year: Number(match[1]), number: Number(match[2]) },
    ...(date ? { date } : {}),
    errors,
    warnings,
  };
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
