import { issueId, issueLabel } from '../routes';
import { parseBulletinBody } from './bulletin-body';
import { readFrontMatter } from './front-matter';
import type { ContentProblem } from './problems';
import { bulletinFrontMatterSchema } from './schemas/bulletin';
import { normalizeSourceText } from './source-text';
import type { Bulletin, ContentReferences } from './types';

export const BULLETIN_FILE_NAME = /^(\d{4})-(\d{2})\.md$/;

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
  const text = normalizeSourceText(raw);
  const front = readFrontMatter(text, file, bulletinFrontMatterSchema);
  const body = parseBulletinBody(front.body, file);
  const problems = [...front.problems, ...body.problems];
  const { references } = body;
  const name = file.split('/').at(-1) ?? file;
  const nameMatch = BULLETIN_FILE_NAME.exec(name);
  if (!nameMatch) {
    problems.push({ file, line: 1, column: 1, field: 'file name', message: `"${name}" should be YYYY-NN.md, for example 2024-02.md` });
  }
  // Year and number, when the YAML gives them, even if other fields fail.
  const { year, number } = front.input;
  const key = Number.isInteger(year) && Number.isInteger(number) ? { year: year as number, number: number as number } : undefined;
  if (key && nameMatch && name !== `${issueId(key.year, key.number)}.md`) {
    const label = issueLabel(key.year, key.number);
    problems.push({
      file,
      line: 1,
      column: 1,
      field: 'file name',
      message: `front matter says ${label}: name the file ${issueId(key.year, key.number)}.md`,
    });
  }
  if (!front.data || problems.length > 0) return { bulletin: undefined, key, problems, references };
  const id = issueId(front.data.year, front.data.number);
  return {
    bulletin: { ...front.data, sections: body.sections, id, label: issueLabel(front.data.year, front.data.number), file },
    key,
    problems,
    references,
  };
}
