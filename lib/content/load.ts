import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBulletinFile } from './bulletin-file';
import { crossFileIssues } from './cross-checks';
import type { ContentProblem } from './problems';
import { sortProblems } from './problems';
import { parseQaFile } from './qa-file';
import type { Bulletin, ContentReferences, QaArticle } from './types';

export interface LoadedContent {
  bulletins: Bulletin[];
  qas: QaArticle[];
  problems: ContentProblem[];
}

export interface LoadOptions {
  /** Limit the per-file checks to these files (absolute or relative paths); cross-file rules still see everything. */
  only?: readonly string[];
  /** Folder holding the images that content refers to as /images/…. */
  publicDir?: string;
}

/**
 * Read and check every content file under `dir`: one list of problems for all files,
 * never stopping at the first. Nothing is skipped silently: a stray file is a problem too.
 */
export function loadContent(dir: string, options: LoadOptions = {}): LoadedContent {
  const problems: ContentProblem[] = [];
  const bulletins: Bulletin[] = [];
  const qas: QaArticle[] = [];
  const keys: { file: string; year: number; number: number }[] = [];
  const texts = new Map<string, string>();
  const references: ({ file: string } & ContentReferences)[] = [];
  const only = options.only?.map((f) => path.resolve(f));
  const wanted = (abs: string) => !only || only.includes(abs);

  for (const { full, kind } of contentFiles(dir, only ?? [], problems)) {
    const file = displayPath(full);
    const raw = readFileSync(full, 'utf8');
    texts.set(file, raw);
    if (kind === 'bulletin') {
      const result = parseBulletinFile(raw, file);
      if (wanted(full)) problems.push(...result.problems);
      if (result.key) keys.push({ file, ...result.key });
      references.push({ file, ...result.references });
      if (result.bulletin) bulletins.push(result.bulletin);
    } else {
      const result = parseQaFile(raw, file);
      if (wanted(full)) problems.push(...result.problems);
      references.push({ file, ...result.references });
      if (result.article) qas.push(result.article);
    }
  }
  const cross = crossFileIssues({ bulletins, qas, keys, texts, references, publicDir: options.publicDir ?? path.resolve('public') });
  problems.push(...cross.filter((problem) => wanted(path.resolve(problem.file))));
  return { bulletins, qas, problems: sortProblems(problems) };
}

const FOLDERS = { bulletins: 'bulletin', qa: 'qa' } as const;
type Kind = (typeof FOLDERS)[keyof typeof FOLDERS];

/**
 * Every Markdown file in the content folders, plus files named on the command line that
 * live elsewhere (an import written to another folder), typed by the folder they sit in.
 */
function contentFiles(dir: string, named: readonly string[], problems: ContentProblem[]): { full: string; kind: Kind }[] {
  const files: { full: string; kind: Kind }[] = [];
  for (const [folder, kind] of Object.entries(FOLDERS)) {
    const abs = path.join(dir, folder);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      if (name.endsWith('.md')) files.push({ full: path.join(abs, name), kind });
      else if (!name.startsWith('.')) {
        problems.push({
          file: displayPath(path.join(abs, name)),
          line: 1,
          column: 1,
          field: 'file name',
          message: 'not a Markdown file: content files end in .md',
        });
      }
    }
  }
  for (const full of named) {
    if (files.some((f) => f.full === full)) continue;
    const kind = FOLDERS[path.basename(path.dirname(full)) as keyof typeof FOLDERS];
    if (!existsSync(full)) {
      problems.push({ file: displayPath(full), line: 1, column: 1, field: 'file name', message: 'no such file' });
    } else if (!kind) {
      problems.push({
        file: displayPath(full),
        line: 1,
        column: 1,
        field: 'file name',
        message: 'put the file in a bulletins/ or qa/ folder so its kind is known',
      });
    } else {
      files.push({ full, kind });
    }
  }
  return files;
}

function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return (rel.startsWith('..') ? abs : rel).split(path.sep).join('/');
}
