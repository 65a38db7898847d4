/**
 * The site's citations: which work each item and Q&A page cites, at which absolute URL,
 * and the reference files the build writes beside their pages.
 */

import { bibtex, ris } from '../cite/formats';
import { type CitedWork, serialItemWork, webArticleWork } from '../cite/work';
import { bulletinItems, type ItemInContext } from '../content/items';
import type { Bulletin, QaArticle } from '../content/types';
import { type CitationFileFormat, routes } from '../routes';
import { absoluteUrl } from '../settings';

export function itemWork({ bulletin, item }: Pick<ItemInContext, 'bulletin' | 'item'>): CitedWork {
  return serialItemWork(bulletin, item, absoluteUrl(routes.item(bulletin.id, item.id)));
}

/** The article, cited at one of its questions when `questionId` is given (the URL points there). */
export function qaWork(qa: QaArticle, questionId?: string): CitedWork {
  return webArticleWork(qa, absoluteUrl(questionId ? routes.question(qa.slug, questionId) : routes.qa(qa.slug)));
}

const WRITERS: Record<CitationFileFormat, (work: CitedWork) => string> = { bib: bibtex, ris };

/** A reference file of the export: its site path and its text. */
export interface CitationFile {
  path: string;
  body: string;
}

/**
 * Every reference file the export carries: a .bib and a .ris per item and per Q&A article,
 * where the cite panels link (routes.itemCitation, routes.qaCitation). Written after Next's
 * export by a build step (lib/build/reference-files.ts): as route handlers they cost Next 5.5 ms a file, two
 * files an item, more than the rest of the build adds per page.
 */
export function citationFiles(bulletins: readonly Bulletin[], qas: readonly QaArticle[]): CitationFile[] {
  const cited = [
    ...bulletins.flatMap((bulletin) =>
      bulletinItems(bulletin).map((item) => ({
        work: itemWork({ bulletin, item }),
        at: (format: CitationFileFormat) => routes.itemCitation(bulletin.id, item.id, format),
      })),
    ),
    ...qas.map((qa) => ({ work: qaWork(qa), at: (format: CitationFileFormat) => routes.qaCitation(qa.slug, format) })),
  ];
  const formats = Object.keys(WRITERS) as CitationFileFormat[];
  return cited.flatMap(({ work, at }) => formats.map((format) => ({ path: at(format), body: WRITERS[format](work) })));
}
