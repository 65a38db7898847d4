import { readFrontMatter } from './front-matter';
import type { ContentProblem } from './problems';
import { parseQaBody } from './qa-body';
import { qaFrontMatterSchema } from './schemas/qa';
import { normalizeSourceText } from './source-text';
import type { ContentReferences, QaArticle } from './types';

/** ASCII slugs only: a Chinese slug would export as a 404 page. */
export const QA_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Addresses under /qa/ that the site's own pages use: an article there would be shadowed. */
export const RESERVED_QA_SLUGS: readonly string[] = ['categories', 'tags'];

export interface QaFileResult {
  article: QaArticle | undefined;
  problems: ContentProblem[];
  /** Internal links and images in the body, checked across files even when the file has other problems. */
  references: ContentReferences;
}

export function parseQaFile(raw: string, file: string): QaFileResult {
  const text = normalizeSourceText(raw);
  const front = readFrontMatter(text, file, qaFrontMatterSchema);
  const body = parseQaBody(front.body, file);
  const problems = [...front.problems, ...body.problems];
  const { references } = body;
  const slug = (file.split('/').at(-1) ?? file).replace(/\.md$/, '');
  if (!QA_SLUG.test(slug)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: 'file name',
      message: `"${slug}" is not an ASCII slug: use lowercase letters, digits and dashes, for example digital-village-action-plan`,
    });
  }
  if (RESERVED_QA_SLUGS.includes(slug)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: 'file name',
      message: `"${slug}" is reserved for the /qa/${slug}/ page: choose another name`,
    });
  }
  if (!front.data || problems.length > 0) return { article: undefined, problems, references };
  const article: QaArticle = { ...front.data, questions: body.questions, slug, file };
  if (body.intro) article.intro = body.intro;
  return { article, problems, references };
}
