/**
 * Items in reading order. A section holds items directly (一、中央精神) or through its
 * subsections, never both, so "its own items, then each subsection's" is print order.
 * Generic over the item type: the importer's draft structure reads the same way.
 */
import type { Bulletin, BulletinItem, BulletinSection, BulletinSubsection } from './types';

interface SectionShape<T> {
  items: readonly T[];
  subsections: readonly { items: readonly T[] }[];
}

export function sectionItems<T>(section: SectionShape<T>): T[] {
  return [...section.items, ...section.subsections.flatMap((sub) => sub.items)];
}

export function bulletinItems<T>(bulletin: { sections: readonly SectionShape<T>[] }): T[] {
  return bulletin.sections.flatMap(sectionItems);
}

/** An item with the issue and headings it sits under: what a permalink, a listing or a citation needs. */
export interface ItemInContext {
  item: BulletinItem;
  bulletin: Bulletin;
  section: BulletinSection;
  subsection?: BulletinSubsection;
}

/** Every item of an issue, in print order, each with its headings. */
export function itemsOf(bulletin: Bulletin): ItemInContext[] {
  return bulletin.sections.flatMap((section) => [
    ...section.items.map((item) => ({ item, bulletin, section })),
    ...section.subsections.flatMap((subsection) => subsection.items.map((item) => ({ item, bulletin, section, subsection }))),
  ]);
}
