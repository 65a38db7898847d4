import type { BulletinFrontMatter } from './schemas/bulletin';
import type { QaFrontMatter } from './schemas/qa';

/** A block of an item's body, in source order. */
export type BulletinBlock =
  | { kind: 'paragraph'; html: string; text: string }
  /** A figure: an image with alt text, or a caption only where the source image is not available. */
  | { kind: 'figure'; label?: string; caption?: string; src?: string; alt?: string };

export type BulletinItem = {
  /** Position in the issue: `2-1-1` for 二、（一）1., `1-1` for 一、1. Used in URLs and anchors. */
  id: string;
  number: number;
  title: string;
  blocks: BulletinBlock[];
  /** 信息来源: who the news came from. */
  source: string;
  sectionSlug: string;
  subsectionSlug?: string;
};

export type BulletinSubsection = {
  id: string;
  number: number;
  slug: string;
  name: string;
  items: BulletinItem[];
};

export type BulletinSection = {
  id: string;
  number: number;
  slug: string;
  name: string;
  /** Items placed directly under the section (a section without subsections). */
  items: BulletinItem[];
  subsections: BulletinSubsection[];
};

export type BulletinBody = {
  sections: BulletinSection[];
};

/** A link or image address in a content file, where the editor wrote it. */
export type LinkReference = {
  url: string;
  line: number;
  column: number;
};

/**
 * Internal links and images of one file: only the cross-file checks read them, so they
 * travel beside the parsed content, never on it.
 */
export type ContentReferences = {
  links: LinkReference[];
  images: LinkReference[];
};

export type Bulletin = BulletinFrontMatter &
  BulletinBody & {
    /** `2024-02`: the ASCII URL segment. */
    id: string;
    /** `2024年第2期`. */
    label: string;
    /** The content file, relative to the repository root. */
    file: string;
  };

export type QaQuestion = {
  /** Stable anchor: q1, q2 … in order. */
  id: string;
  number: number;
  title: string;
  html: string;
  text: string;
};

export type QaBody = {
  /** Text before the first question, if any. */
  intro?: { html: string; text: string };
  questions: QaQuestion[];
};

export type QaArticle = QaFrontMatter & QaBody & { slug: string /** The content file. */; file: string };
