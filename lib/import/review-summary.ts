/**
 * What an editor checks against the PDF after an import: items per section, paragraphs,
 * figures and sources, the characters read, the look-alike code points corrected, and every
 * warning with its page and line. The command line prints it; the CMS import shows the same.
 */
import { sectionItems } from '../content/items';
import type { Section } from './bulletin-structure';
import { formatImportError, type ImportError } from './errors';

export interface ReviewCounts {
  items: number;
  paragraphs: number;
  figures: number;
  pictures: number;
  sources: number;
  /** Characters of item titles and blocks, spaces aside. */
  characters: number;
}

export function reviewCounts(sections: readonly Section[]): ReviewCounts {
  const items = sections.flatMap(sectionItems);
  const blocks = items.flatMap((item) => item.blocks);
  const length = (text: string) => [...text.replace(/\s+/gu, '')].length;
  return {
    items: items.length,
    paragraphs: blocks.filter((b) => b.kind === 'paragraph').length,
    figures: blocks.filter((b) => b.kind === 'caption').length,
    pictures: blocks.filter((b) => b.kind === 'caption' && b.picture).length,
    sources: blocks.filter((b) => b.kind === 'source').length,
    characters: items.reduce((sum, item) => sum + length(item.title) + item.blocks.reduce((n, b) => n + length(b.text), 0), 0),
  };
}

/** The summary's lines, in Chinese: the editor reads it. `file` names the input in the warnings. */
export function reviewSummary(
  file: string,
  sections: readonly Section[],
  warnings: readonly ImportError[],
  lookAlikes: ReadonlyMap<string, { unified: string; count: number }>,
): string[] {
  const counts = reviewCounts(sections);
  const lines = ['请对照原版 PDF 核对：'];
  for (const section of sections) {
    const parts = section.subsections.length
      ? section.subsections.map((sub) => `（${sub.numeral}）${sub.title} ${sub.items.length} 条`).join('，')
      : `${section.items.length} 条`;
    lines.push(`  ${section.numeral}、${section.title}：${parts}`);
  }
  lines.push(
    `  共 ${counts.items} 条，${counts.paragraphs} 段，${counts.figures} 个图题（${counts.pictures} 幅图片），${counts.sources} 条信息来源，${counts.characters} 字`,
  );
  const corrected = [...lookAlikes].map(([char, { unified, count }]) => `${char}→${unified}${count > 1 ? ` ×${count}` : ''}`);
  const total = [...lookAlikes.values()].reduce((n, { count }) => n + count, 0);
  lines.push(total > 0 ? `  更正形近码位 ${total} 处：${corrected.join('、')}` : '  更正形近码位 0 处');
  lines.push(warnings.length > 0 ? `  警告 ${warnings.length} 条：` : '  警告 0 条');
  for (const warning of warnings) lines.push(`    ${formatImportError(file, warning)}`);
  return lines;
}
