/**
 * Items in reading order. A section holds items directly (一、中央精神) or through its
 * subsections, never both, so "its own items, then each subsection's" is print order.
 * Generic over the item type: the importer's draft structure reads the same way.
 */
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
