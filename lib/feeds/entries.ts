import { figureCaption } from '../content/blocks';
import { sectionItems } from '../content/items';
import { originalPdfFile } from '../content/original-pdf-file';
import type { Bulletin, BulletinItem, BulletinSection, QaArticle } from '../content/types';
import { routes } from '../routes';
import { absoluteUrl } from '../settings';
import { lastChanged } from './file-dates';
import { absolutizeHtml, escapeHtml } from './html';

/** One feed entry, in full text, with absolute URLs: what every feed format is made from. */
export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  /** Last significant change: the entry's own date, else when its file last changed here. */
  updated: Date;
  /** Only when the content gives one. */
  published?: Date;
  summary: string;
  html: string;
  category: string;
  /** The issue's original PDF, when kept. */
  enclosure?: { url: string; length: number; type: 'application/pdf' };
}

/** Bulletin items and Q&As together, newest first. */
export function allFeedEntries(bulletins: readonly Bulletin[], qas: readonly QaArticle[]): FeedEntry[] {
  return [...bulletins.flatMap(bulletinEntries), ...qas.map(qaEntry)].sort(newestFirst);
}

/** Items of one section, newest issue first, in print order within an issue. */
export function sectionFeedEntries(bulletins: readonly Bulletin[], sectionSlug: string): FeedEntry[] {
  return bulletins
    .flatMap(bulletinEntries)
    .filter((entry) => entry.category === sectionSlug)
    .sort(newestFirst);
}

function newestFirst(a: FeedEntry, b: FeedEntry): number {
  return b.updated.getTime() - a.updated.getTime();
}

function bulletinEntries(bulletin: Bulletin): FeedEntry[] {
  // The bulletin's dates are Beijing dates.
  const published = bulletin.date ? new Date(`${bulletin.date}T00:00:00+08:00`) : undefined;
  const updated = published ?? lastChanged(bulletin.file);
  // Equal dates keep print order: the sort is stable and items come in order.
  const original = originalPdfFile(bulletin);
  const enclosure = original && { url: absoluteUrl(original.url), length: original.bytes, type: 'application/pdf' as const };
  return bulletin.sections.flatMap((section) =>
    sectionItems(section).map((item) => ({
      ...itemEntry(item, bulletin, section, updated, published),
      ...(enclosure ? { enclosure } : {}),
    })),
  );
}

function itemEntry(
  item: BulletinItem,
  bulletin: Bulletin,
  section: BulletinSection,
  updated: Date,
  published: Date | undefined,
): FeedEntry {
  const url = absoluteUrl(routes.item(bulletin.id, item.id));
  const body = item.blocks
    .map((block) => {
      if (block.kind === 'paragraph') return absolutizeHtml(block.html);
      const caption = figureCaption(block);
      const image = block.src
        ? `<img src="${escapeHtml(block.src.startsWith('/') ? absoluteUrl(block.src) : block.src)}" alt="${escapeHtml(block.alt ?? '')}">`
        : '';
      return `<figure>${image}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
    })
    .join('\n');
  const first = item.blocks.find((b) => b.kind === 'paragraph');
  return {
    id: url,
    title: item.title,
    url,
    updated,
    ...(published ? { published } : {}),
    summary: first && first.kind === 'paragraph' ? first.text.slice(0, 200) : item.title,
    html: `${body}\n<p>（信息来源：${escapeHtml(item.source)}）</p>\n<p>${escapeHtml(bulletin.series)}（${escapeHtml(bulletin.label)}）· ${escapeHtml(section.name)}</p>`,
    category: section.slug,
  };
}

function qaEntry(qa: QaArticle): FeedEntry {
  const url = absoluteUrl(routes.qa(qa.slug));
  const date = new Date(qa.date);
  const questions = qa.questions.map((q) => `<h2>${escapeHtml(q.title)}</h2>\n${absolutizeHtml(q.html)}`).join('\n');
  return {
    id: url,
    title: qa.title,
    url,
    updated: date,
    published: date,
    summary: qa.summary ?? qa.questions.map((q) => q.title).join(' '),
    html: `${qa.intro ? absolutizeHtml(qa.intro.html) : ''}${questions}\n<p>来源：${escapeHtml(qa.source)}。原文：<a href="${escapeHtml(qa.url)}">${escapeHtml(qa.url)}</a></p>`,
    category: 'qa',
  };
}
