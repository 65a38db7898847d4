/** Search documents of the real seed content, through the same parser the site builds with. */
import path from 'node:path';
import { loadContent } from '../../lib/content/load';
import { searchDocuments } from '../../lib/search/documents';
import type { SearchDocument } from '../../lib/search/types';

let cached: SearchDocument[] | undefined;

export function siteDocs(): SearchDocument[] {
  cached ??= searchDocuments(loadContent(path.resolve('content')));
  return cached;
}
