import { issueId, issueLabel } from '../routes';
import { type ItemOutline, parseBulletinBody } from './bulletin-body';
import { frontMatterKeyLine, normalizeFileText } from './file-text';
import { readFrontMatter } from './front-matter';
import { fileSizeLabel, MAX_PDF_BYTES, originalPdfUrl } from './original-pdf';
import { placeProblems } from './places';
import { type ContentProblem, FILE_START, problemList, type Report } from './problems';
import { bulletinFrontMatterSchema } from './schemas/bulletin';
import { checkText } from './text-checks';
import { bulletinPageText, firstLostText } from './text-reaches-page';
import type { Bulletin, ContentReferences } from './types';

const BULLETIN_FILE_NAME = /^(\d{4})-(\d{2})\.md$/;

export interface BulletinFileResult {
  bulletin: Bulletin | undefined;
  /** Year and number when the front matter gives them, even if other fields fail: for the duplicate check. */
  key: { year: number; number: number } | undefined;
  /** Internal links and images in the body, checked across files even when the file has other problems. */
  references: ContentReferences;
  /** Every item's place and lines: for placing problems found across files, and repeats in other issues. */
  outline: ItemOutline[];
  problems: ContentProblem[];
}

/** An issue comes out about monthly: its date may be this many months from its number's month. */
const MONTHS_FROM_NUMBER = 2;

/** Validate and parse one bulletin file: front matter, body, and its file name. */
export function parseBulletinFile(raw: string, file: string): BulletinFileResult {
  const { problems, report } = problemList(file);
  const text = normalizeFileText(raw);
  checkText(text, report);
  const front = readFrontMatter(text, bulletinFrontMatterSchema, report);
  const body = parseBulletinBody(front.body, report);
  const name = file.split('/').at(-1) ?? file;
  const nameMatch = BULLETIN_FILE_NAME.exec(name);
  if (!nameMatch) report('bulletin-file-name', FILE_START, { name });
  // Year and number, when the YAML gives valid ones, even if other fields fail.
  const year = bulletinFrontMatterSchema.shape.year.safeParse(front.input.year);
  const number = bulletinFrontMatterSchema.shape.number.safeParse(front.input.number);
  const key = year.success && number.success ? { year: year.data, number: number.data } : undefined;
  if (key && nameMatch && name !== `${issueId(key.year, key.number)}.md`) {
    report('bulletin-file-name', FILE_START, { label: issueLabel(key.year, key.number), id: issueId(key.year, key.number) });
  }
  if (key && front.data?.date) checkDate(front.data.date, key, frontMatterKeyLine(text, 'date'), report);
  const own = key && originalPdfUrl(issueId(key.year, key.number));
  if (own && front.data?.pdf && front.data.pdf !== own) {
    report('original-pdf', FILE_START, { problem: 'not-own', pdf: front.data.pdf, own, size: '', max: fileSizeLabel(MAX_PDF_BYTES) });
  }
  if (problems.length === 0) {
    const lost = firstLostText(front.body, bulletinPageText(body));
    if (lost) report('text-reaches-page', lost, { excerpt: lost.excerpt });
  }
  placeProblems(problems, body.outline);
  const { references, outline } = body;
  if (!front.data || problems.length > 0) return { bulletin: undefined, key, problems, references, outline };
  const { year: y, number: n } = front.data;
  return {
    bulletin: { ...front.data, sections: body.sections, id: issueId(y, n), label: issueLabel(y, n), file },
    key,
    problems,
    references,
    outline,
  };
}

/** A date in the issue's year, near its number's month: a typo (2042 for 2024) is caught before it misdates the issue. */
function checkDate(date: string, key: { year: number; number: number }, line: number | undefined, report: Report): void {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const at = { line: line ?? 1, column: 1 };
  const label = issueLabel(key.year, key.number);
  if (year !== key.year) report('issue-date', at, { date, label, year: key.year });
  else if (key.number <= 12 && Math.abs(month - key.number) > MONTHS_FROM_NUMBER) report('issue-date', at, { date, label });
}
