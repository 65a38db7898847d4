/**
 * The content of this build, as the pages see it: read from CONTENT_DIR by the same loader
 * as `npm run validate` and the search index, once per build process (each of Next's
 * workers loads it when its first page imports this module), never compiled into a
 * bundle. Then derived once: lookups, neighbours, items by section.
 */
import { contentDir } from '../content/content-dir';
import { type ItemInContext, itemsOf } from '../content/items';
import { ContentError } from '../content/problems';
import { SECTIONS, type SectionConfig } from '../content/sections';
import type { Bulletin, QaArticle } from '../content/types';
import { loadSiteContent, type SiteContent } from './load';

const LOADED = Symbol.for('shuzi-xiangcun.site-content');

/**
 * Memoised on the process, not the module: Next instantiates this module once per bundle
 * layer in the same worker, and each copy would otherwise parse the whole archive again.
 */
function siteContent(): SiteContent {
  const cache = globalThis as { [LOADED]?: SiteContent };
  cache[LOADED] ??= loadSiteContent(contentDir());
  return cache[LOADED];
}

/** This build's content: its lists in site order and its taxonomies (lib/site/load.ts). */
export const content = siteContent();
// `npm run build` validates before compiling; this guards `next build` run on its own.
if (content.problems.length > 0) throw new ContentError(content.problems);

/** Newest first: by year, then number. An issue's date is optional and never guessed. */
export const bulletins: readonly Bulletin[] = content.bulletins;

/** Newest first. */
export const qas: readonly QaArticle[] = content.qas;

// Lookups by id are maps: every page of a large archive asks for its own issue and item.
const bulletinIndex: ReadonlyMap<string, number> = new Map(bulletins.map((b, i) => [b.id, i]));

export function getBulletin(id: string): Bulletin | undefined {
  const index = bulletinIndex.get(id);
  return index === undefined ? undefined : bulletins[index];
}

/** The previous (older) and next (newer) issue. */
export function neighbours(id: string): { previous?: Bulletin; next?: Bulletin } {
  const index = bulletinIndex.get(id);
  if (index === undefined) return {};
  return { previous: bulletins[index + 1], next: index > 0 ? bulletins[index - 1] : undefined };
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

export function getQa(slug: string): QaArticle | undefined {
  return qas.find((q) => q.slug === slug);
}

/** Issues grouped by year, newest year first. */
export function bulletinsByYear(): [number, Bulletin[]][] {
  const years = new Map<number, Bulletin[]>();
  for (const b of bulletins) years.set(b.year, [...(years.get(b.year) ?? []), b]);
  return [...years.entries()];
}
