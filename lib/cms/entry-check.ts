/**
 * An entry as the file it will be saved as, checked by the same code as `npm run validate`
 * (zod front matter and the body parser), per file. Rules across files (a duplicate issue,
 * links to other pages, image files that must exist) need the whole repository: CI runs them
 * on the pull request. The preview shows the result; saving is refused while it has problems.
 */
import { parseBulletinFile } from '../content/bulletin-file';
import type { ContentProblem } from '../content/problems';
import { parseQaFile } from '../content/qa-file';
import type { Bulletin, QaArticle } from '../content/types';
import { type BulletinEntry, bulletinFile, entryIssueId, type QaEntry, qaFile } from './entry-file';
import { CMS_FOLDERS, ISSUE_FIELD } from './names';

export type CheckedEntry =
  | { collection: 'bulletins'; path: string; text: string; problems: ContentProblem[]; bulletin: Bulletin | undefined }
  | { collection: 'qa'; path: string; text: string; problems: ContentProblem[]; article: QaArticle | undefined };

/**
 * `path` is the existing file's, which keeps its name; a new entry's file is named here, the way
 * Decap will name it (config.yml's slug): YYYY-NN.md from the issue's year and number, <slug>.md for Q&A.
 */
export function checkBulletinEntry(entry: BulletinEntry, path: string | undefined): CheckedEntry {
  const file = path || `${CMS_FOLDERS.bulletins}/${entryIssueId(entry[ISSUE_FIELD] ?? {}) ?? 'YYYY-NN'}.md`;
  const text = bulletinFile(entry);
  const { problems, bulletin } = parseBulletinFile(text, file);
  return { collection: 'bulletins', path: file, text, problems, bulletin };
}

export function checkQaEntry(entry: QaEntry, path: string | undefined): CheckedEntry {
  const file = path || `${CMS_FOLDERS.qa}/${entry.slug || '（网址名）'}.md`;
  const text = qaFile(entry);
  const { problems, article } = parseQaFile(text, file);
  return { collection: 'qa', path: file, text, problems, article };
}

/** The line the body starts on in the saved file: problem lines past it are body lines. */
export function bodyStartLine(text: string): number {
  return text.split('\n').findIndex((line, i) => i > 0 && line.trimEnd() === '---') + 2;
}
