import { existsSync } from 'node:fs';
import path from 'node:path';
import { issueId, issueLabel, routes } from '../routes';
import { sectionItems } from './items';
import type { ContentProblem } from './problems';
import { SECTIONS } from './sections';
import type { Bulletin, ContentReferences, LinkReference, QaArticle } from './types';

interface CrossCheckInput {
  bulletins: readonly Bulletin[];
  qas: readonly QaArticle[];
  /** Year and number of every bulletin file whose front matter gave them. */
  keys: readonly { file: string; year: number; number: number }[];
  /** Internal links and images of every file, whether or not it parsed cleanly. */
  references: readonly ({ file: string } & ContentReferences)[];
  /** Raw text of every content file, by display path. */
  texts: ReadonlyMap<string, string>;
  publicDir: string;
}

/** Rules that need more than one file: duplicates, links, images, unfinished drafts. */
export function crossFileIssues(input: CrossCheckInput): ContentProblem[] {
  return [...duplicateIssues(input), ...linkIssues(input), ...todoIssues(input)];
}

function duplicateIssues({ keys }: CrossCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const key of keys) {
    const id = issueId(key.year, key.number);
    const first = seen.get(id);
    if (first) {
      problems.push({
        file: key.file,
        line: 1,
        column: 1,
        field: 'number',
        message: `${issueLabel(key.year, key.number)} is already in ${first}`,
      });
    } else {
      seen.set(id, key.file);
    }
  }
  return problems;
}

/** Every page and anchor the content will produce, to check internal links against. */
export function knownTargets(bulletins: readonly Bulletin[], qas: readonly QaArticle[]): Set<string> {
  const targets = new Set<string>([routes.home(), routes.bulletins(), routes.qaList(), routes.search()]);
  for (const section of SECTIONS) targets.add(routes.section(section.slug));
  for (const bulletin of bulletins) {
    const page = routes.bulletin(bulletin.id);
    targets.add(page);
    for (const section of bulletin.sections) {
      targets.add(`${page}#section-${section.id}`);
      for (const sub of section.subsections) targets.add(`${page}#section-${sub.id}`);
      for (const item of sectionItems(section)) {
        targets.add(`${page}#item-${item.id}`);
        targets.add(routes.item(bulletin.id, item.id));
      }
    }
  }
  for (const qa of qas) {
    targets.add(routes.qa(qa.slug));
    for (const q of qa.questions) targets.add(routes.question(qa.slug, q.id));
  }
  return targets;
}

function linkIssues({ bulletins, qas, references, publicDir }: CrossCheckInput): ContentProblem[] {
  const targets = knownTargets(bulletins, qas);
  const problems: ContentProblem[] = [];
  const check = (file: string, links: readonly LinkReference[], images: readonly LinkReference[]) => {
    for (const link of links) {
      const [pathPart = '', hash] = link.url.split('#');
      const normalized = pathPart.endsWith('/') || pathPart.includes('.') ? pathPart : `${pathPart}/`;
      const target = hash ? `${normalized}#${hash}` : normalized;
      if (!targets.has(target) && !existsSync(path.join(publicDir, pathPart))) {
        problems.push({ file, line: link.line, column: link.column, field: 'link', message: `internal link ${link.url} points nowhere` });
      }
    }
    for (const image of images) {
      if (/^[a-z]+:/i.test(image.url) || image.url.startsWith('//')) continue;
      if (!image.url.startsWith('/')) {
        problems.push({
          file,
          line: image.line,
          column: image.column,
          field: 'image',
          message: `image ${image.url} must be an absolute path under public/, for example /images/2024-02/fig1.jpg`,
        });
      } else if (!existsSync(path.join(publicDir, decodeURI(image.url)))) {
        problems.push({
          file,
          line: image.line,
          column: image.column,
          field: 'image',
          message: `image ${image.url} does not exist: add it to public${image.url}`,
        });
      }
    }
  };
  for (const ref of references) check(ref.file, ref.links, ref.images);
  return problems;
}

/** Scaffolds mark what is left to write with TODO; such a file must not publish. */
function todoIssues({ texts }: CrossCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [file, text] of texts) {
    text.split(/\r\n?|\n/).forEach((line, index) => {
      const column = line.indexOf('TODO');
      if (column !== -1)
        problems.push({
          file,
          line: index + 1,
          column: column + 1,
          field: 'TODO',
          message: 'unfinished: replace the TODO marker with the real text',
        });
    });
  }
  return problems;
}
