import { readFrontMatter } from './front-matter';
import type { ContentIssue } from './issues';
import { parseQaBody } from './qa-body';
import { qaFrontMatterSchema } from './schemas/qa';
import { normalizeSourceText } from './source-text';
import type { QaArticle, QaBody } from './types';

/** ASCII slugs only: a Chinese slug would export as a 404 page. */
export const QA_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Addresses under /qa/ that the site's own pages use: an article there would be shadowed. */
export const RESERVED_QA_SLUGS: readonly string[] = ['categories', 'tags'];

export interface QaFileResult {
  article: QaArticle | undefined;
  issues: ContentIssue[];
  /** Internal links and images in the body, checked across files even when the file has other problems. */
  references: Pick<QaBody, 'links' | 'images'>;
}

export function parseQaFile(raw: string, file: string): QaFileResult {
  const text = normalizeSourceText(raw);
  const front = readFrontMatter(text, file, qaFrontMatterSchema);
  const body = parseQaBody(front.body, file);
  const issues = [...front.issues, ...body.issues];
  const references = { links: body.links, images: body.images };
  const slug = (file.split('/').at(-1) ?? file).replace(/\.md$/, '');
  if (!QA_SLUG.test(slug)) {
    issues.push({
      file,
      line: 1,
      column: 1,
      field: 'file name',
      message: `"${slug}" is not an ASCII slug: use lowercase letters, digits and dashes, for example digital-village-action-plan`,
    });
  }
  if (RESERVED_QA_SLUGS.includes(slug)) {
    issues.push({
      file,
      line: 1,
      column: 1,
      field: 'file name',
      message: `"${slug}" is reserved for the /qa/${slug}/ page: choose another name`,
    });
  }
  if (!front.data || issues.length > 0) return { article: undefined, issues, references };
  const { issues: _bodyIssues, ...parsed } = body;
  return { article: { ...front.data, ...parsed, slug, file }, issues, references };
}
