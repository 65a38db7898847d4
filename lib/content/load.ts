import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { compareCodeUnits } from '../compare';
import type { ItemOutline } from './bulletin-body';
import { parseBulletinFile } from './bulletin-file';
import { crossFileProblems } from './cross-checks';
import { type Place, placeProblems } from './places';
import { type ContentProblem, FILE_START, problemList, sortProblems } from './problems';
import { parseQaFile } from './qa-file';
import { readContentFile } from './read-file';
import { RULES, type Rule } from './rules';
import type { Bulletin, ContentReferences, QaArticle } from './types';

export interface LoadedContent {
  bulletins: Bulletin[];
  qas: QaArticle[];
  /** Problems: each stops the build. */
  problems: ContentProblem[];
  /** Warnings (rules with severity 'warning'): shown, but they stop nothing. */
  warnings: ContentProblem[];
}

export interface LoadOptions {
  /**
   * Every page and file address the site publishes for this content, for the link check.
   * Passed in (lib/site/load.ts gives the site's own) so that the content layer does
   * not depend on the pages built from it.
   */
  publishedPaths: (content: { bulletins: readonly Bulletin[]; qas: readonly QaArticle[] }) => Iterable<string>;
  /** Limit the per-file checks to these files (absolute or relative paths); cross-file rules still see everything. */
  only?: readonly string[];
  /** Folder holding the images that content refers to as /images/…. */
  publicDir?: string;
}

const FOLDERS = { bulletins: 'bulletin', qa: 'qa' } as const;
type Kind = (typeof FOLDERS)[keyof typeof FOLDERS];

/**
 * Read and check every content file under `dir`: one list of problems for all files,
 * never stopping at the first. Nothing is skipped silently: a stray file is a problem too.
 */
export function loadContent(dir: string, options: LoadOptions): LoadedContent {
  const problems: ContentProblem[] = [];
  const bulletins: Bulletin[] = [];
  const qas: QaArticle[] = [];
  const keys: { file: string; year: number; number: number }[] = [];
  const texts = new Map<string, string>();
  const references: ({ file: string } & ContentReferences)[] = [];
  const outlines = new Map<string, Place[]>();
  const items: { file: string; items: readonly ItemOutline[] }[] = [];
  const only = options.only?.map((f) => path.resolve(f));
  const wanted = (abs: string) => !only || only.includes(abs);

  for (const { full, kind } of contentFiles(dir, only ?? [], problems)) {
    const file = displayPath(full);
    const own = problemList(file);
    const text = readContentFile(full, own.report);
    if (text !== undefined) {
      texts.set(file, text);
      try {
        const result = kind === 'bulletin' ? parseBulletinFile(text, file) : parseQaFile(text, file);
        own.problems.push(...result.problems);
        references.push({ file, ...result.references });
        outlines.set(file, result.outline);
        if ('key' in result) items.push({ file, items: result.outline });
        if ('key' in result && result.key) keys.push({ file, ...result.key });
        if ('bulletin' in result && result.bulletin) bulletins.push(result.bulletin);
        if ('article' in result && result.article) qas.push(result.article);
      } catch (error) {
        // A checker bug must not hide the other files' problems behind a stack trace.
        own.report('file-readable', FILE_START, { reason: 'checker', detail: String(error).split('\n')[0] ?? '' });
      }
    }
    if (wanted(full)) problems.push(...own.problems);
  }
  const published = options.publishedPaths({ bulletins, qas });
  const cross = crossFileProblems({
    bulletins,
    qas,
    keys,
    texts,
    references,
    items,
    published,
    publicDir: options.publicDir ?? path.resolve('public'),
  });
  for (const problem of cross) {
    if (!wanted(path.resolve(problem.file))) continue;
    placeProblems([problem], outlines.get(problem.file) ?? []);
    problems.push(problem);
  }
  const isWarning = (problem: ContentProblem) => (RULES[problem.rule] as Rule).severity === 'warning';
  return {
    bulletins,
    qas,
    problems: sortProblems(problems.filter((problem) => !isWarning(problem))),
    warnings: sortProblems(problems.filter(isWarning)),
  };
}

/** A near miss of a content folder's name, for the hint. */
function suggestFolder(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower.startsWith('bulletin') || lower === 'issues') return 'bulletins';
  if (lower.startsWith('qa') || lower.startsWith('q&a') || lower === 'faq') return 'qa';
  return undefined;
}

/**
 * Every Markdown file in the content folders, plus files named on the command line that
 * live elsewhere (an import written to another folder), typed by the folder they sit in.
 * Anything else under the content folder is reported, never skipped: a file at its root, a
 * misspelt folder (bulletin/), a folder inside bulletins/. Hidden files (.gitkeep) are not content.
 */
function contentFiles(dir: string, named: readonly string[], problems: ContentProblem[]): { full: string; kind: Kind }[] {
  const files: { full: string; kind: Kind }[] = [];
  const notRead = (full: string, hint?: string) => {
    const { problems: own, report } = problemList(displayPath(full));
    report('file-place', FILE_START, hint ? { hint } : {});
    problems.push(...own);
  };
  if (!existsSync(dir)) {
    const { problems: own, report } = problemList(displayPath(dir));
    report('no-such-file', FILE_START, { folder: true });
    problems.push(...own);
  }
  const root = existsSync(dir) ? realpathSync(dir) : dir;
  /** A link to a file outside the content folder is never read: a pull request must not publish a file of the machine that builds it. */
  const linksOutside = (full: string) => {
    let target: string;
    try {
      target = realpathSync(full);
    } catch {
      return false; // A broken link: reading it reports that.
    }
    if (target === root || target.startsWith(`${root}${path.sep}`)) return false;
    const { problems: own, report } = problemList(displayPath(full));
    report('file-link-outside', FILE_START, {});
    problems.push(...own);
    return true;
  };
  const refused = new Set<string>();
  for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink() && linksOutside(full)) continue;
    const kind = FOLDERS[entry.name as keyof typeof FOLDERS];
    if (!kind || !entry.isDirectory()) {
      const hint = suggestFolder(entry.name);
      if (entry.isDirectory()) for (const inner of filesBelow(full)) notRead(inner, hint);
      else notRead(full, hint);
      continue;
    }
    for (const inner of readdirSync(full, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name))) {
      const innerFull = path.join(full, inner.name);
      if (inner.name.startsWith('.')) continue;
      if (inner.isDirectory()) for (const nested of filesBelow(innerFull)) notRead(nested);
      else if (inner.isSymbolicLink() && linksOutside(innerFull)) refused.add(innerFull);
      else if (inner.name.endsWith('.md')) files.push({ full: innerFull, kind });
      else {
        const { problems: own, report } = problemList(displayPath(innerFull));
        report('file-markdown', FILE_START, {});
        problems.push(...own);
      }
    }
  }
  for (const full of named) {
    if (refused.has(full) || files.some((f) => f.full === full)) continue;
    const kind = FOLDERS[path.basename(path.dirname(full)) as keyof typeof FOLDERS];
    const { problems: own, report } = problemList(displayPath(full));
    if (!existsSync(full)) report('no-such-file', FILE_START, {});
    else if (!kind) report('file-place', FILE_START, { named: true });
    else files.push({ full, kind });
    problems.push(...own);
  }
  return files;
}

/** Every file below a folder but hidden ones. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        !entry.isDirectory() &&
        !path
          .relative(dir, path.join(entry.parentPath, entry.name))
          .split(path.sep)
          .some((part) => part.startsWith('.')),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return (rel.startsWith('..') ? abs : rel).split(path.sep).join('/');
}
