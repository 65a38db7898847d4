/**
 * Bulletin Markdown as committed in content/bulletins/: `## 一、` sections,
 * `### （一）` subsections, `#### 1. ` items, one block per paragraph, figure caption
 * or source line, blank lines between blocks. Text is normalised here, once.
 */

import { writeFrontMatter } from '../content/write-front-matter';
import type { ContactBlock } from './bulletin-footer';
import type { Block, Item, Section } from './bulletin-structure';
import { normalizeCjkText } from './text';

export interface BulletinMeta {
  series: string;
  year: number;
  number: number;
  publisher: string;
  contacts: ContactBlock;
  /** Only when the editor gives one or the cover prints one. */
  date?: string;
  /** The kept original PDF's address, /pdf/YYYY-NN.pdf. */
  pdf?: string;
}

export function renderBulletin(meta: BulletinMeta, sections: readonly Section[]): string {
  const { department, phones, emails } = meta.contacts;
  const frontMatter = writeFrontMatter('bulletin', { ...meta, department, contacts: { phones, emails } });
  const blocks: string[] = [];
  for (const section of sections) {
    blocks.push(`## ${section.numeral}、${normalizeCjkText(section.title)}`);
    for (const item of section.items) blocks.push(...renderItem(item));
    for (const subsection of section.subsections) {
      blocks.push(`### （${subsection.numeral}）${normalizeCjkText(subsection.title)}`);
      for (const item of subsection.items) blocks.push(...renderItem(item));
    }
  }
  return `${frontMatter}\n${blocks.join('\n\n')}\n`;
}

function renderItem(item: Item): string[] {
  return [`#### ${item.number}. ${text(item.title)}`, ...item.blocks.map(renderBlock)];
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return escapeBlockStart(text(block.text));
    case 'caption': {
      const caption = text(block.text);
      const line = caption ? `图${block.number} ${caption}` : `图${block.number}`;
      // The picture above its caption, which describes it: the caption is the alt text.
      return block.picture ? `![${caption || `图${block.number}`}](${block.picture})\n\n${line}` : line;
    }
    case 'source':
      return `（信息来源：${text(block.text)}）`;
  }
}

/** Where figure N of an issue is published: public/images/YYYY-NN/fig-N.png. */
export function figureUrl(issueId: string, figure: number): string {
  return `/images/${issueId}/fig-${figure}.png`;
}

/**
 * Normalised text, with the few characters Markdown would read as markup escaped:
 * the PDF text is plain text, and `*`, `_` or `[` in it must stay literal.
 */
function text(raw: string): string {
  return normalizeCjkText(raw)
    .replace(/[\\`*_[\]<]/gu, (ch) => `\\${ch}`)
    .replace(/&(?=#?[0-9A-Za-z]+;)/gu, '\\&');
}

/** A paragraph that starts like a list item, quote or heading (`1. 加强…。`) must stay a paragraph. */
function escapeBlockStart(paragraph: string): string {
  const list = /^(\d{1,9})([.)])(\s|$)/u.exec(paragraph);
  if (list) return `${list[1]}\\${paragraph.slice((list[1] ?? '').length)}`;
  return /^(#{1,6}(\s|$)|>|[-+](\s|$)|={3,}|~~~)/u.test(paragraph) ? `\\${paragraph}` : paragraph;
}
