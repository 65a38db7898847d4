/**
 * The 本期导读 table of contents. It is not copied into the Markdown (the site builds
 * its own); it is read to check the body against it, because a heading the importer
 * misread or a page the extraction lost shows up as a difference between the two.
 */
import { classifyHeading, classifyLine, type HeadingKind } from './bulletin-lines';
import { type ImportError, importError } from './errors';
import type { NumberedLine } from './numbered-lines';
import { comparisonKey, joinPieces, normalizeCjkText } from './text';

export interface HeadingRef {
  kind: HeadingKind;
  number: number;
  title: string;
  /** 1-based input line of the heading (of its first line when it wraps). */
  line: number;
}

export interface TocResult {
  entries: HeadingRef[];
  /** Index into the lines of the first body line. */
  end: number;
  errors: ImportError[];
  /** Lines left out: the contents are a cross-check, the body decides. */
  warnings: ImportError[];
}

/**
 * A page reference at the end of a TOC line: dot leaders (`.....`, `..`, `……`, `. . .`),
 * a tab or a wide gap, then the page number. Lines without one wrap onto the next line.
 */
const PAGE_REF = /^(.*?)(?:\s*[.．…·•](?:\s*[.．…·•])+\s*|\s*…\s*|\s*\t\s*|\s{2,})(\d{1,3})$/u;

/**
 * Read TOC entries from the line after 本期导读 up to where the body starts: the first
 * `一、` section heading once the TOC has listed its own `一、` (the body restarts the numbering).
 */
export function parseToc(lines: readonly NumberedLine[], start: number, tocLine: number): TocResult {
  const entries: HeadingRef[] = [];
  const errors: ImportError[] = [];
  const warnings: ImportError[] = [];
  let pending: { text: string; line: number } | undefined;

  const flush = () => {
    if (!pending) return;
    const heading = classifyHeading(pending.text);
    if (heading) entries.push({ kind: heading.kind, number: heading.number, title: heading.title, line: pending.line });
    pending = undefined;
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as NumberedLine;
    const kind = classifyLine(line.text).kind;
    if (kind === 'blank' || kind === 'page-header') continue;
    if (kind === 'page-number') {
      // A page number alone on its line ends a wrapped entry; otherwise it is the TOC page's own number.
      flush();
      continue;
    }
    const ref = PAGE_REF.exec(line.text);
    const text = ref ? (ref[1] ?? '').trim() : line.text;
    const heading = classifyHeading(text);

    if (!ref && heading?.kind === 'section' && heading.number === 1) {
      flush();
      if (entries.some((e) => e.kind === 'section' && e.number === 1)) return { entries, end: i, errors, warnings };
      pending = { text, line: line.no };
      continue;
    }
    if (heading) {
      flush();
      pending = { text, line: line.no };
    } else if (pending) {
      pending.text = joinPieces(pending.text, text);
    } else {
      warnings.push(importError('toc-left-out', line.no, { text: line.text }));
    }
    if (ref) flush();
  }
  flush();
  errors.push(importError('toc-unended', tocLine, {}));
  return { entries, end: lines.length, errors, warnings };
}

/**
 * Check that the body's headings are the TOC's entries, in order, with the same titles
 * (compared after normalisation and width folding). Aligns the two lists by longest
 * common subsequence so one missing entry gives one message, not a cascade.
 */
export function compareToc(toc: readonly HeadingRef[], body: readonly HeadingRef[]): ImportError[] {
  const key = (h: HeadingRef) => `${h.kind}:${comparisonKey(h.title)}`;
  const a = toc.map(key);
  const b = body.map(key);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        a[i] === b[j]
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }

  const errors: ImportError[] = [];
  let tocOnly: HeadingRef[] = [];
  let bodyOnly: HeadingRef[] = [];
  const report = () => {
    // Unmatched entries between two matches: pair those of the same kind as retitled, the rest as missing.
    for (const entry of tocOnly) {
      const index = bodyOnly.findIndex((h) => h.kind === entry.kind);
      const heading = index === -1 ? undefined : bodyOnly.splice(index, 1)[0];
      if (heading) {
        errors.push(
          importError('toc-title-differs', heading.line, {
            kind: heading.kind,
            tocAt: { line: entry.line },
            body: normalizeCjkText(heading.title),
            toc: normalizeCjkText(entry.title),
          }),
        );
      } else {
        errors.push(importError('toc-entry-without-body', entry.line, { kind: entry.kind, title: normalizeCjkText(entry.title) }));
      }
    }
    for (const heading of bodyOnly) {
      errors.push(importError('heading-missing-from-toc', heading.line, { kind: heading.kind, title: normalizeCjkText(heading.title) }));
    }
    tocOnly = [];
    bodyOnly = [];
  };

  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      report();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && ((lcs[i + 1] as number[])[j] as number) >= ((lcs[i] as number[])[j + 1] as number))) {
      tocOnly.push(toc[i++] as HeadingRef);
    } else {
      bodyOnly.push(body[j++] as HeadingRef);
    }
  }
  report();
  return errors;
}
