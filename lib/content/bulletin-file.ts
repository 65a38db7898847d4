import { issueId, issueLabel } from '../routes';
import { parseBulletinBody } from './bulletin-body';
import { readFrontMatter } from './front-matter';
import { originalPdfUrl } from './original-pdf';
import { type ContentProblem, FILE_START, problemList } from './problems';
import { bulletinFrontMatterSchema } from './schemas/bulletin';
import { normalizeSourceText } from './source-text';
import { bulletinPageText, firstLostText, lostTextMessage } from './text-reaches-page';
import type { Bulletin, ContentReferences } from './types';

const BULLETIN_FILE_NAME = /^(\d{4})-(\d{2})\.md$/;

export interface BulletinFileResult {
  bulletin: Bulletin | undefined;
  /** Year and number when the front matter gives them, even if other fields fail: for the duplicate check. */
  key: { year: number; number: number } | undefined;
  /** Internal links and images in the body, checked across files even when the file has other problems. */
  references: ContentReferences;
  problems: ContentProblem[];
}

/** Validate and parse one bulletin file: front matter, body, and its file name. */
export function parseBulletinFile(raw: string, file: string): BulletinFileResult {
  const { problems, report } = problemList(file);
  const front = readFrontMatter(normalizeSourceText(raw), bulletinFrontMatterSchema, report);
  const body = parseBulletinBody(front.body, report);
  const name = file.split('/').at(-1) ?? file;
  const nameMatch = BULLETIN_FILE_NAME.exec(name);
  if (!nameMatch) report('bulletin-file-name', FILE_START, `"${name}" should be YYYY-NN.md, for example 2024-02.md`);
  // Year and number, when the YAML gives valid ones, even if other fields fail.
  const year = bulletinFrontMatterSchema.shape.year.safeParse(front.input.year);
  const number = bulletinFrontMatterSchema.shape.number.safeParse(front.input.number);
  const key = year.success && number.success ? { year: year.data, number: number.data } : undefined;
  if (key && nameMatch && name !== `${issueId(key.year, key.number)}.md`) {
    report(
      'bulletin-file-name',
      FILE_START,
      `front matter says ${issueLabel(key.year, key.number)}: name the file ${issueId(key.year, key.number)}.md`,
    );
  }
  if (front.data?.pdf && key && front.data.pdf !== originalPdfUrl(issueId(key.year, key.number))) {
    const own = originalPdfUrl(issueId(key.year, key.number));
    report('original-pdf', FILE_START, `pdf: ${front.data.pdf} is not this issue's original: write ${own}`);
  }
  if (problems.length === 0) {
    const lost = firstLostText(front.body, bulletinPageText(body));
    if (lost) report('text-reaches-page', lost, lostTextMessage(lost));
  }
  if (!front.data || problems.length > 0) return { bulletin: undefined, key, problems, references: body.references };
  const { year: y, number: n } = front.data;
  return {
    bulletin: { ...front.data, sections: body.sections, id: issueId(y, n), label: issueLabel(y, n), file },
    key,
    problems,
    references: body.references,
  };
}
