import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareCodeUnits } from '../compare';
import { issueId, issueLabel, routes } from '../routes';
import { type ItemOutline, repeatKeys, shortPlace } from './bulletin-body';
import { sectionItems } from './items';
import { fileSizeLabel, MAX_PDF_BYTES } from './original-pdf';
import { type ContentProblem, FILE_START, problemList } from './problems';
import type { Bulletin, ContentReferences, QaArticle } from './types';

interface CrossCheckInput {
  bulletins: readonly Bulletin[];
  qas: readonly QaArticle[];
  /** Year and number of every bulletin file whose front matter gave them. */
  keys: readonly { file: string; year: number; number: number }[];
  /** Internal links and images of every file, whether or not it parsed cleanly. */
  references: readonly ({ file: string } & ContentReferences)[];
  /** Every bulletin file's items, whether or not it parsed cleanly. */
  items: readonly { file: string; items: readonly ItemOutline[] }[];
  /** Text of every content file that could be read, by display path. */
  texts: ReadonlyMap<string, string>;
  /** Every page and file address the site publishes for this content (lib/site/load.ts). */
  published: Iterable<string>;
  publicDir: string;
}

/** Rules that need more than one file: duplicates, links, images, unfinished drafts. */
export function crossFileProblems(input: CrossCheckInput): ContentProblem[] {
  return [
    ...duplicateIssues(input),
    ...duplicateArticles(input),
    ...repeatedItems(input),
    ...linkProblems(input),
    ...originalPdfProblems(input),
    ...todoProblems(input),
  ];
}

/** The same item in two issues, by title or text: worth a look (a follow-up may repeat a title), so a warning. */
function repeatedItems({ items }: CrossCheckInput): ContentProblem[] {
  const seen = new Map<string, { file: string; item: ItemOutline }>();
  return [...items]
    .sort((a, b) => compareCodeUnits(a.file, b.file))
    .flatMap(({ file, items: own }) => {
      const { problems, report } = problemList(file);
      const found: [string, { file: string; item: ItemOutline }][] = [];
      for (const item of own) {
        const keys = repeatKeys(item).map(({ key }) => key);
        const first = keys.map((key) => seen.get(key)).find((entry) => entry && entry.file !== file);
        if (first) {
          report(
            'item-repeated',
            { line: item.line, column: 1 },
            {
              item: item.id,
              file: first.file,
              first: first.item.id,
              firstPlace: shortPlace(first.item.place),
            },
          );
        }
        for (const key of keys) found.push([key, { file, item }]);
      }
      for (const [key, entry] of found) if (!seen.has(key)) seen.set(key, entry);
      return problems;
    });
}

function duplicateIssues({ keys }: CrossCheckInput): ContentProblem[] {
  const seen = new Map<string, string>();
  return keys.flatMap((key) => {
    const id = issueId(key.year, key.number);
    const first = seen.get(id);
    if (!first) {
      seen.set(id, key.file);
      return [];
    }
    const { problems, report } = problemList(key.file);
    report('issue-once', FILE_START, { label: issueLabel(key.year, key.number), file: first });
    return problems;
  });
}

/** One article saved under two slugs: the same original address, or the same title at the same time. */
function duplicateArticles({ qas }: CrossCheckInput): ContentProblem[] {
  const seen = new Map<string, string>();
  return [...qas]
    .sort((a, b) => compareCodeUnits(a.file, b.file))
    .flatMap((qa) => {
      const keys = [qa.url.replace(/\/$/, ''), `${qa.title}\u0000${qa.date}`];
      const first = keys.map((key) => seen.get(key)).find(Boolean);
      for (const key of keys) if (!seen.has(key)) seen.set(key, qa.file);
      if (!first) return [];
      const { problems, report } = problemList(qa.file);
      report('article-once', FILE_START, { url: qa.url, file: first });
      return problems;
    });
}

/** Every address a content link may point at: the pages and files published, and the anchors on issue and Q&A pages. */
function linkTargets({ bulletins, qas, published }: CrossCheckInput): Set<string> {
  const targets = new Set(published);
  for (const bulletin of bulletins) {
    for (const section of bulletin.sections) {
      targets.add(routes.issueSection(bulletin.id, section.id));
      for (const sub of section.subsections) targets.add(routes.issueSection(bulletin.id, sub.id));
      for (const item of sectionItems(section)) targets.add(routes.issueItem(bulletin.id, item.id));
    }
  }
  for (const qa of qas) for (const q of qa.questions) targets.add(routes.question(qa.slug, q.id));
  return targets;
}

function isPublicFile(publicDir: string, sitePath: string): boolean {
  try {
    const file = path.join(publicDir, decodeURI(sitePath));
    return file.startsWith(path.resolve(publicDir)) && existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

function linkProblems(input: CrossCheckInput): ContentProblem[] {
  const { references, publicDir } = input;
  const targets = linkTargets(input);
  return references.flatMap(({ file, links, images }) => {
    const { problems, report } = problemList(file);
    for (const link of links) {
      const [address = '', hash] = link.url.split('#');
      // A query never changes which static page answers (/search/?q=… is the search page).
      const pathPart = address.split('?')[0] ?? '';
      const page = pathPart.endsWith('/') || pathPart.includes('.') ? pathPart : `${pathPart}/`;
      const target = hash ? `${page}#${hash}` : page;
      if (!targets.has(target) && !(hash === undefined && isPublicFile(publicDir, pathPart))) {
        report('link-target', link, { url: link.url });
      }
    }
    for (const image of images) {
      if (!isPublicFile(publicDir, image.url.split(/[?#]/)[0] ?? '')) {
        report('image-exists', image, { url: image.url });
      }
    }
    return problems;
  });
}

/** The original PDF an issue names is there, and small enough to publish. */
function originalPdfProblems({ bulletins, publicDir }: CrossCheckInput): ContentProblem[] {
  return bulletins.flatMap((bulletin) => {
    if (!bulletin.pdf) return [];
    const { problems, report } = problemList(bulletin.file);
    const max = fileSizeLabel(MAX_PDF_BYTES);
    if (!isPublicFile(publicDir, bulletin.pdf)) {
      report('original-pdf', FILE_START, { problem: 'missing', pdf: bulletin.pdf, own: bulletin.pdf, size: '', max });
    } else {
      const bytes = statSync(path.join(publicDir, bulletin.pdf)).size;
      if (bytes > MAX_PDF_BYTES)
        report('original-pdf', FILE_START, { problem: 'too-large', pdf: bulletin.pdf, own: bulletin.pdf, size: fileSizeLabel(bytes), max });
    }
    return problems;
  });
}

/** Scaffolds mark what is left to write with TODO; such a file must not publish. */
function todoProblems({ texts }: CrossCheckInput): ContentProblem[] {
  return [...texts].flatMap(([file, text]) => {
    const { problems, report } = problemList(file);
    text.split('\n').forEach((line, index) => {
      const column = line.indexOf('TODO');
      if (column !== -1) report('todo', { line: index + 1, column: column + 1 }, {});
    });
    return problems;
  });
}
