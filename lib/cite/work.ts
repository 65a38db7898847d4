/**
 * What a reference cites, as plain data: one bulletin item (an article in the serial
 * 数字乡村发展动态) or one Q&A article (a web page of its publisher). Every citation format
 * (GB/T 7714, APA, BibTeX, RIS, Highwire meta tags) is written from this, never from the
 * content types directly, so the formats cannot disagree.
 */

import type { Bulletin, BulletinItem, QaArticle } from '../content/types';
import { yearOf } from '../dates';
import { hashString } from '../hash';

interface WorkBase {
  /**
   * ASCII key of at most 20 characters (RIS's limit for ID): the BibTeX key, the RIS ID and
   * the download's file name. `szxc_2024_02_2_1_1`; `szxc_qa_20220126_3fa` for a Q&A (its
   * date and a hash of its slug, as slugs can be long).
   */
  key: string;
  title: string;
  /** The institution responsible: no item or article names a person. */
  author: string;
  publisher: string;
  year: number;
  /** YYYY-MM-DD, only where the source gives one. */
  date?: string;
  /** Absolute URL of what is cited on this site. */
  url: string;
}

/** An item of one issue of the serial. */
export interface SerialItemWork extends WorkBase {
  kind: 'serial-item';
  /** 数字乡村发展动态 */
  series: string;
  /** Number of the issue within its year: 2 for 2024年第2期. */
  issue: number;
}

/** A Q&A article published on the web. */
export interface WebArticleWork extends WorkBase {
  kind: 'web-article';
  date: string;
}

export type CitedWork = SerialItemWork | WebArticleWork;

const asciiKey = (...parts: string[]): string => ['szxc', ...parts].join('_').replace(/[^A-Za-z0-9]+/g, '_');

export function serialItemWork(
  bulletin: Pick<Bulletin, 'id' | 'series' | 'year' | 'number' | 'publisher' | 'date'>,
  item: Pick<BulletinItem, 'id' | 'title'>,
  url: string,
): SerialItemWork {
  return {
    kind: 'serial-item',
    key: asciiKey(bulletin.id, item.id),
    title: item.title,
    author: bulletin.publisher,
    publisher: bulletin.publisher,
    series: bulletin.series,
    year: bulletin.year,
    issue: bulletin.number,
    ...(bulletin.date ? { date: bulletin.date } : {}),
    url,
  };
}

/** A Q&A's date is the day in its own time zone: 2022-01-26T18:56:08+08:00 is 2022-01-26 wherever the build runs. */
export function webArticleWork(qa: Pick<QaArticle, 'slug' | 'title' | 'date' | 'source'>, url: string): WebArticleWork {
  const date = qa.date.slice(0, 10);
  return {
    kind: 'web-article',
    key: asciiKey('qa', date.replaceAll('-', ''), hashString(qa.slug).slice(0, 3)),
    title: qa.title,
    author: qa.source,
    publisher: qa.source,
    year: yearOf(date),
    date,
    url,
  };
}
