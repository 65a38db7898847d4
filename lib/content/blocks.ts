import type { BulletinBlock } from './types';

type Figure = Extract<BulletinBlock, { kind: 'figure' }>;

/** A figure's caption as printed: `图1 全国数字乡村发展水平`, or either part alone. */
export function figureCaption(figure: Figure): string {
  return [figure.label, figure.caption].filter(Boolean).join(' ');
}

/**
 * What a block says, for search and the taxonomies: a paragraph's text; a figure's printed
 * caption line, or its alt text where no caption line was printed (what a reader sees or
 * hears in its place).
 */
export function blockText(block: BulletinBlock): string {
  if (block.kind === 'paragraph') return block.text;
  return block.caption !== undefined ? figureCaption(block) : [block.label, block.alt].filter(Boolean).join(' ');
}
