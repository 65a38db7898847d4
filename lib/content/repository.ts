/**
 * Derived content for the pages, computed once per build from the content layer:
 * issues in order, lookups, neighbours, items by section.
 */
import { allBulletins, allQas } from 'content-collections';
import { SECTIONS, type SectionConfig } from './sections';
import type { BulletinItem, BulletinSection, BulletinSubsection } from './types';

export type BulletinDoc = (typeof allBulletins)[number];
export type QaDoc = (typeof allQas)[number];

/** An item with the issue and headings it sits under: what a permalink or a listing needs. */
export interface ItemInContext {
  item: BulletinItem;
  bulletin: BulletinDoc;
  section: BulletinSection;
  subsection?: BulletinSubsection;
}

/** Newest first: by year, then number. An issue's date is optional and never guessed. */
export const bulletins: readonly BulletinDoc[] = [...allBulletins].sort((a, b) => b.year - a.year || b.number - a.number);

/** Newest first. */
export const qas: readonly QaDoc[] = [...allQas].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));

// Lookups by id are maps: every page of a large archive asks for its own issue and item.
const bulletinIndex: ReadonlyMap<string, number> = new Map(bulletins.map((b, i) => [b.id, i]));

export function getBulletin(id: string): BulletinDoc | undefined {
  const index = bulletinIndex.get(id);
  return index === undefined ? undefined : bulletins[index];
}

/** The previous (older) and next (newer) issue. */
export function neighbours(id: string): { previous?: BulletinDoc; next?: BulletinDoc } {
  const index = bulletinIndex.get(id);
  if (index === undefined) return {};
  return { previous: bulletins[index + 1], next: index > 0 ? bulletins[index - 1] : undefined };
}

export function itemsOf(bulletin: BulletinDoc): ItemInContext[] {
  return bulletin.sections.flatMap((section) => [
    ...section.items.map((item) => ({ item, bulletin, section })),
    ...section.subsections.flatMap((subsection) => subsection.items.map((item) => ({ item, bulletin, section, subsection }))),
  ]);
}

export const allItems: readonly ItemInContext[] = bulletins.flatMap(itemsOf);

/** The items of one issue, found by its id; none for an unknown id. */
export function itemsOfIssue(id: string): ItemInContext[] {
  const bulletin = getBulletin(id);
  return bulletin ? itemsOf(bulletin) : [];
}

const itemIndex: ReadonlyMap<string, ItemInContext> = new Map(allItems.map((entry) => [`${entry.bulletin.id}/${entry.item.id}`, entry]));

export function getItem(issue: string, itemId: string): ItemInContext | undefined {
  return itemIndex.get(`${issue}/${itemId}`);
}

export function itemsInSection(slug: string): ItemInContext[] {
  return allItems.filter((entry) => entry.section.slug === slug);
}

/** Item counts per section, for navigation. */
export const sectionCounts: ReadonlyMap<string, number> = new Map(
  SECTIONS.map((s: SectionConfig) => [s.slug, allItems.filter((e) => e.section.slug === s.slug).length]),
);

export function getQa(slug: string): QaDoc | undefined {
  return qas.find((q) => q.slug === slug);
}

/** Issues grouped by year, newest year first. */
export function bulletinsByYear(): [number, BulletinDoc[]][] {
  const years = new Map<number, BulletinDoc[]>();
  for (const b of bulletins) years.set(b.year, [...(years.get(b.year) ?? []), b]);
  return [...years.entries()];
}
