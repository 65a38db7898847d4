import type { Bulletin, BulletinItem } from '../content/types';
import type { TaxonomyRef } from './types';

/** How a term lists a bulletin item. */
export function itemRef(
  bulletin: Pick<Bulletin, 'id' | 'label' | 'year'>,
  item: Pick<BulletinItem, 'id' | 'title' | 'source'>,
): TaxonomyRef {
  return {
    kind: 'item',
    issueId: bulletin.id,
    issueLabel: bulletin.label,
    year: bulletin.year,
    itemId: item.id,
    title: item.title,
    source: item.source,
  };
}

/** One key per item, Q&A article or question: what a term lists once. */
export function refKeyOf(ref: TaxonomyRef): string {
  return ref.kind === 'item' ? `item:${ref.issueId}/${ref.itemId}` : `qa:${ref.slug}#${ref.questionId ?? ''}`;
}
