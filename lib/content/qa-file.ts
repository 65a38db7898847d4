import { ASCII_SLUG } from '../routes';
import { frontMatterKeyLine, normalizeFileText } from './file-text';
import { readFrontMatter } from './front-matter';
import { mixedScriptHost } from './homograph';
import type { Place } from './places';
import { placeProblems } from './places';
import { type ContentProblem, FILE_START, problemList, type Report } from './problems';
import { parseQaBody } from './qa-body';
import { qaFrontMatterSchema } from './schemas/qa';
import { checkText } from './text-checks';
import { firstLostText, qaPageText } from './text-reaches-page';
import type { ContentReferences, QaArticle } from './types';

/** Addresses under /qa/ that the site's own pages use: an article there would be shadowed. */
export const RESERVED_QA_SLUGS: readonly string[] = ['categories', 'tags'];

export interface QaFileResult {
  article: QaArticle | undefined;
  problems: ContentProblem[];
  /** Internal links and images in the body, checked across files even when the file has other problems. */
  references: ContentReferences;
  /** Every question's place and lines, for placing problems found across files. */
  outline: Place[];
}

/** Validate and parse one Q&A file: front matter, body, and its file name. */
export function parseQaFile(raw: string, file: string): QaFileResult {
  const { problems, report } = problemList(file);
  const text = normalizeFileText(raw);
  checkText(text, report);
  const front = readFrontMatter(text, qaFrontMatterSchema, report);
  const body = parseQaBody(front.body, report);
  if (typeof front.input.url === 'string') checkAddressField(front.input.url, frontMatterKeyLine(text, 'url') ?? 1, report);
  placeProblems(problems, body.outline);
  const slug = (file.split('/').at(-1) ?? file).replace(/\.md$/, '');
  // ASCII slugs only: a Chinese slug would export as a 404 page.
  if (!ASCII_SLUG.test(slug)) report('qa-slug', FILE_START, { slug });
  if (RESERVED_QA_SLUGS.includes(slug)) report('qa-slug-reserved', FILE_START, { slug });
  if (problems.length === 0) {
    const lost = firstLostText(front.body, qaPageText(body));
    if (lost) report('text-reaches-page', lost, { excerpt: lost.excerpt });
  }
  const { references, outline } = body;
  if (!front.data || problems.length > 0) return { article: undefined, problems, references, outline };
  const article: QaArticle = { ...front.data, questions: body.questions, slug, file };
  if (body.intro) article.intro = body.intro;
  return { article, problems, references, outline };
}

/** The original article's address: the address alone, and not a look-alike of another. */
function checkAddressField(url: string, line: number, report: Report): void {
  const at = { line, column: 1 };
  const [, extra] = /^\S+\s+(.+)$/.exec(url.trim()) ?? [];
  if (extra) report('url-text', at, { extra }, 'url');
  const mixed = mixedScriptHost(url);
  if (mixed) report('url-homograph', at, mixed, 'url');
}
