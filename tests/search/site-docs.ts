/** Search documents of the seed content (its fixture copy), through the same parser the site builds with. */

import type { SearchDocument } from '../../lib/search/types';
import { loadSiteContent } from '../../lib/site/load';
import { searchDocuments } from '../../lib/site-search/documents';
import { SEED_CONTENT_DIR } from '../content/helpers';

let cached: SearchDocument[] | undefined;

export function siteDocs(): SearchDocument[] {
  cached ??= searchDocuments(loadSiteContent(SEED_CONTENT_DIR));
  return cached;
}
