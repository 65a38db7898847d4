/**
 * The site's citations: which work each item and Q&A page cites, at which absolute URL,
 * and the reference files the build writes beside them.
 */
import type { ItemInContext } from '../content/repository';
import type { QaArticle } from '../content/types';
import { type CitationFileFormat, routes } from '../routes';
import { absoluteUrl } from '../site';
import { bibtex, ris } from './formats';
import { type CitedWork, serialItemWork, webArticleWork } from './work';

export function itemWork({ bulletin, item }: ItemInContext): CitedWork {
  return serialItemWork(bulletin, item, absoluteUrl(routes.item(bulletin.id, item.id)));
}

/** The article, cited at one of its questions when `questionId` is given (the URL points there). */
export function qaWork(qa: QaArticle, questionId?: string): CitedWork {
  return webArticleWork(qa, absoluteUrl(questionId ? routes.question(qa.slug, questionId) : routes.qa(qa.slug)));
}

const FILES: Record<CitationFileFormat, { write: (work: CitedWork) => string; type: string }> = {
  bib: { write: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { write: ris, type: 'application/x-research-info-systems; charset=utf-8' },
};

/** A reference file as a route handler's answer (the export writes its body to the file). */
export function citationFileResponse(work: CitedWork | undefined, format: CitationFileFormat): Response {
  if (!work) return new Response('Not found', { status: 404 });
  const file = FILES[format];
  return new Response(file.write(work), { headers: { 'Content-Type': file.type } });
}
