/**
 * The bridge from parsed content (lib/content) to search documents: one per
 * bulletin item, one per Q&A question, each pointing at its permalink.
 */

import { blockText } from '../content/blocks';
import { bulletinItems } from '../content/items';
import type { Bulletin, BulletinItem, QaArticle, QaQuestion } from '../content/types';
import { yearOf } from '../dates';
import { routes } from '../routes';
import type { SearchDocument } from '../search/types';

export interface SearchableContent {
  bulletins: readonly Bulletin[];
  qas: readonly QaArticle[];
}

/**
 * Recency rank shared by both kinds, YYYYMMDD-shaped so that bulletins and
 * Q&A interleave by time. An issue without a date (the printed issue often gives
 * none, and we never guess one) ranks by its number within the year in the
 * place of the month: this only orders ties, nothing displays it.
 */
export function recencyOrder(year: number, date: string | undefined, issueNumber?: number): number {
  const monthDay = date ? /^\d{4}-(\d{2})-(\d{2})/.exec(date) : null;
  if (monthDay) return year * 10_000 + Number(monthDay[1]) * 100 + Number(monthDay[2]);
  return year * 10_000 + (issueNumber ?? 0) * 100;
}

function itemDocument(bulletin: Bulletin, item: BulletinItem): SearchDocument {
  const doc: SearchDocument = {
    id: `b/${bulletin.id}/${item.id}`,
    type: 'bulletin',
    title: item.title,
    body: item.blocks.map(blockText).filter(Boolean).join('\n'),
    url: routes.item(bulletin.id, item.id),
    section: item.sectionSlug,
    year: bulletin.year,
    issue: bulletin.id,
    parentLabel: bulletin.label,
    order: recencyOrder(bulletin.year, bulletin.date, bulletin.number),
    source: item.source,
  };
  if (item.subsectionSlug) doc.subsection = item.subsectionSlug;
  if (bulletin.date) doc.date = bulletin.date;
  return doc;
}

/**
 * An answer's text without the printed frame around it: the leading 答： and the
 * article-level （文章来源：…） line that follows the last answer (the source is a field).
 */
function answerText(text: string): string {
  return text
    .replace(/^\s*答[：:]\s*/, '')
    .replace(/\s*（文章来源：[^）]*）\s*$/, '')
    .trim();
}

function questionDocument(qa: QaArticle, question: QaQuestion): SearchDocument {
  const year = yearOf(qa.date);
  return {
    id: `q/${qa.slug}/${question.id}`,
    type: 'qa',
    title: question.title,
    body: answerText(question.text),
    url: routes.question(qa.slug, question.id),
    year,
    order: recencyOrder(year, qa.date),
    date: qa.date.slice(0, 10),
    source: qa.source,
    parentLabel: qa.title,
  };
}

/** All search documents of the site, bulletin items first, each group in reading order. */
export function searchDocuments(content: SearchableContent): SearchDocument[] {
  return [
    ...content.bulletins.flatMap((bulletin) => bulletinItems(bulletin).map((item) => itemDocument(bulletin, item))),
    ...content.qas.flatMap((qa) => qa.questions.map((question) => questionDocument(qa, question))),
  ];
}
