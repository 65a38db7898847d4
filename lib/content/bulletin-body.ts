import type { Heading, Image, Paragraph, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { parseMarkdown, renderBlocks } from './markdown';
import { chineseNumeralToNumber, numberToChineseNumeral } from './numerals';
import type { ContentProblem } from './problems';
import { collectReferences, nodePosition } from './references';
import { findSection, findSectionByName, findSubsectionByName, SECTIONS } from './sections';
import type { BulletinBlock, BulletinBody, BulletinItem, BulletinSection, BulletinSubsection, ContentReferences } from './types';

/** `## 一、中央精神` */
const SECTION_HEADING = /^([一二三四五六七八九十]+)\s*[、.．]\s*(.+)$/;
/** `### （一）部委动态`, half- or full-width brackets. */
const SUBSECTION_HEADING = /^[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*(.+)$/;
/** `#### 1. 标题` */
const ITEM_HEADING = /^(\d+)\s*[.．、]\s*(.+)$/;
/** `（信息来源：新华社）`, either width. */
const SOURCE_LINE = /^[（(]\s*信息来源\s*[:：]\s*(.+?)\s*[)）]$/;
/** `图1 现场照片`: a figure caption. */
const FIGURE_CAPTION = /^图\s*(\d+)\s*(.*)$/;

export interface ParsedBulletinBody extends BulletinBody {
  references: ContentReferences;
  problems: ContentProblem[];
}

/**
 * Turn a bulletin body into sections → subsections → items. The body must be
 * line-aligned with its file (see splitFrontMatter) so every issue names a file line.
 */
export function parseBulletinBody(body: string, file: string): ParsedBulletinBody {
  const tree = parseMarkdown(body);
  const problems: ContentProblem[] = [];
  const sections: BulletinSection[] = [];
  const { links, images } = collectReferences(tree);
  const report = (node: RootContent | undefined, field: string, message: string) =>
    problems.push({ file, ...nodePosition(node), field, message });

  let section: BulletinSection | undefined;
  let subsection: BulletinSubsection | undefined;
  let item: (BulletinItem & { node: Heading; sourceNode?: RootContent }) | undefined;
  const items: (typeof item & {})[] = [];

  const closeItem = () => {
    if (item && !item.source) report(item.node, 'item.source', `item ${item.id} has no source line: add （信息来源：…） after its text`);
    item = undefined;
  };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = mdastToString(node).trim();
      if (node.depth === 2) {
        closeItem();
        subsection = undefined;
        section = undefined;
        const match = SECTION_HEADING.exec(text);
        if (!match) {
          report(node, 'section', `"${text}" is not a section heading: write "## 一、中央精神"`);
          continue;
        }
        const [, numeral = '', name = ''] = match;
        const config = findSectionByName(name.trim());
        // An unknown section is reported once; its items still parse so their own problems show too.
        if (!config) report(node, 'section', `unknown section "${name}": expected one of ${SECTIONS.map((s) => s.name).join('、')}`);
        const number = sections.length + 1;
        if (chineseNumeralToNumber(numeral) !== number) {
          report(node, 'section.number', `section "${name}" is numbered ${numeral}, expected ${numberToChineseNumeral(number)}`);
        }
        if (config && sections.some((s) => s.slug === config.slug)) report(node, 'section', `section "${name}" appears twice`);
        section = { id: String(number), number, slug: config?.slug ?? '', name: config?.name ?? name.trim(), items: [], subsections: [] };
        sections.push(section);
      } else if (node.depth === 3) {
        closeItem();
        subsection = undefined;
        const match = SUBSECTION_HEADING.exec(text);
        if (!section) {
          report(node, 'subsection', `subsection "${text}" is not inside a known section`);
          continue;
        }
        if (!match) {
          report(node, 'subsection', `"${text}" is not a subsection heading: write "### （一）部委动态"`);
          continue;
        }
        const [, numeral = '', name = ''] = match;
        const sectionConfig = findSection(section.slug);
        const config = sectionConfig && findSubsectionByName(sectionConfig, name.trim());
        if (!config && sectionConfig) {
          const expected = sectionConfig.subsections.map((s) => s.name);
          report(
            node,
            'subsection',
            `unknown subsection "${name}" in ${section.name}: expected ${expected.length ? `one of ${expected.join('、')}` : 'no subsections'}`,
          );
        }
        if (section.items.length > 0)
          report(node, 'subsection', `subsection "${name}" follows items placed directly under ${section.name}`);
        const number = section.subsections.length + 1;
        if (chineseNumeralToNumber(numeral) !== number) {
          report(
            node,
            'subsection.number',
            `subsection "${name}" is numbered （${numeral}）, expected （${numberToChineseNumeral(number)}）`,
          );
        }
        subsection = { id: `${section.number}-${number}`, number, slug: config?.slug ?? '', name: config?.name ?? name.trim(), items: [] };
        section.subsections.push(subsection);
      } else if (node.depth === 4) {
        closeItem();
        const match = ITEM_HEADING.exec(text);
        if (!section) {
          report(node, 'item', `item "${text}" is not inside a known section`);
          continue;
        }
        if (!match) {
          report(node, 'item', `"${text}" is not an item heading: write "#### 1. 标题"`);
          continue;
        }
        if (!subsection && section.subsections.length > 0) {
          report(node, 'item', `item "${text}" follows the subsections of ${section.name} without a subsection of its own`);
          continue;
        }
        const [, digits = '', title = ''] = match;
        const siblings = subsection ? subsection.items : section.items;
        const number = siblings.length + 1;
        if (Number(digits) !== number) report(node, 'item.number', `item "${title}" is numbered ${digits}, expected ${number}`);
        const id = subsection ? `${subsection.id}-${number}` : `${section.number}-${number}`;
        item = { id, number, title: title.trim(), blocks: [], source: '', sectionSlug: section.slug, node };
        if (subsection) item.subsectionSlug = subsection.slug;
        siblings.push(item);
        items.push(item);
      } else {
        report(node, 'heading', `level-${node.depth} heading "${text}": use ## for sections, ### for subsections, #### for items`);
      }
      continue;
    }

    if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) continue;
    if (!item) {
      report(node, 'body', `text outside an item: put it under an item heading "#### 1. 标题"`);
      continue;
    }
    if (item.source) {
      const twice = node.type === 'paragraph' && SOURCE_LINE.test(mdastToString(node).trim());
      report(
        node,
        'item.source',
        twice
          ? `item ${item.id} has two source lines: keep one （信息来源：…）`
          : `text after the source line of item ${item.id}: the source line （信息来源：…） comes last`,
      );
      continue;
    }
    const block = paragraphBlock(node);
    const text = mdastToString(node).trim();
    const source = node.type === 'paragraph' ? SOURCE_LINE.exec(text) : null;
    if (source) {
      item.source = source[1] ?? '';
      item.sourceNode = node;
    } else if (node.type === 'paragraph' && text.includes('信息来源')) {
      report(node, 'item.source', `malformed source line "${text}": write （信息来源：新华社）`);
    } else if (block) {
      addFigure(item.blocks, block, node, report);
    } else {
      item.blocks.push({ kind: 'paragraph', ...renderBlocks([node]) });
    }
  }
  closeItem();

  for (const it of items) {
    if (it.blocks.length === 0) report(it.node, 'item', `item ${it.id} "${it.title}" has no text`);
  }
  const clean = (list: typeof items) => list.map(({ node: _node, sourceNode: _source, ...rest }) => rest satisfies BulletinItem);
  for (const s of sections) {
    s.items = clean(s.items as typeof items);
    for (const sub of s.subsections) sub.items = clean(sub.items as typeof items);
  }
  return { sections, references: { links, images }, problems };
}

type FigurePart = { image: Image } | { caption: string; label: string };

function paragraphBlock(node: RootContent): FigurePart | undefined {
  if (node.type !== 'paragraph') return undefined;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (meaningful.length === 1 && meaningful[0]?.type === 'image') return { image: meaningful[0] };
  const caption = FIGURE_CAPTION.exec(mdastToString(node as Paragraph).trim());
  if (caption) return { label: `图${caption[1]}`, caption: (caption[2] ?? '').trim() };
  return undefined;
}

function addFigure(
  blocks: BulletinBlock[],
  part: FigurePart,
  node: RootContent,
  report: (node: RootContent, field: string, message: string) => void,
) {
  if ('image' in part) {
    const alt = part.image.alt?.trim();
    if (!alt) report(node, 'figure.alt', `image ${part.image.url} has no alt text: write ![what the picture shows](${part.image.url})`);
    if (!part.image.url) report(node, 'figure.src', 'image has no address');
    blocks.push({ kind: 'figure', src: part.image.url, alt: alt ?? '' });
    return;
  }
  const last = blocks.at(-1);
  // A caption right after an image belongs to that image.
  if (last?.kind === 'figure' && last.src && !last.caption) {
    last.label = part.label;
    last.caption = part.caption;
    return;
  }
  blocks.push({ kind: 'figure', label: part.label, caption: part.caption });
}
