import type { Heading, Image, Paragraph, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { invisibleCharacter, invisibleMessage } from './characters';
import { parseMarkdownSafely, renderBlocks } from './markdown';
import { checkMarkdown } from './markdown-rules';
import { checkStructure } from './markdown-structure';
import { nodePosition } from './node-position';
import { chineseNumeralToNumber, numberToChineseNumeral } from './numerals';
import { endLines, type Place, placeTitle } from './places';
import { excerpt, type Report } from './problems';
import { findSection, findSectionByName, findSubsectionByName, SECTIONS } from './sections';
import { parseSourceLine } from './source-line';
import type { BulletinBlock, BulletinBody, BulletinItem, BulletinSection, BulletinSubsection, ContentReferences } from './types';

/** `## 一、中央精神` */
const SECTION_HEADING = /^([一二三四五六七八九十]+)\s*[、.．]\s*(.+)$/;
/** `### （一）部委动态`, half- or full-width brackets. */
const SUBSECTION_HEADING = /^[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*(.+)$/;
/** `#### 1. 标题` */
const ITEM_HEADING = /^(\d+)\s*[.．、]\s*(.+)$/;
/** `图1 现场照片`: a figure caption. */
const FIGURE_CAPTION = /^图\s*(\d+)\s*(.*)$/;

/** An item's place and lines, and what makes two items the same one: for placing problems and finding repeats. */
export interface ItemOutline extends Place {
  id: string;
  /** Title and text as compared: NFKC, without white space; empty when there is none. */
  titleKey: string;
  textKey: string;
}

export interface ParsedBulletinBody extends BulletinBody {
  references: ContentReferences;
  outline: ItemOutline[];
}

/** Text as two items are compared: width, spacing and line breaks do not make a repeat different. */
export const sameTextKey = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** A repeated text shorter than this is a coincidence (a one-line item), not a paste. */
const REPEAT_MIN_LENGTH = 20;

/** An item while its blocks are read: with the heading to report against, and whether its source line came (even a blank one). */
type DraftItem = BulletinItem & { heading: Heading; sourceLine?: boolean; place: string };

/** Where the parser stands: the open section, subsection and item, and every heading read. */
interface Draft {
  sections: BulletinSection[];
  section?: BulletinSection;
  subsection?: BulletinSubsection;
  item?: DraftItem;
  items: DraftItem[];
  /** Each section's and subsection's heading, to report an empty one. */
  headings: Map<BulletinSection | BulletinSubsection, Heading>;
  /** The file line of every heading, in order: where each item ends. */
  headingLines: number[];
}

/** A numeral for messages; never throws, even for the 100th section of a broken file. */
const numeral = (n: number) => (n >= 1 && n <= 99 ? numberToChineseNumeral(n) : String(n));

/**
 * Turn a bulletin body into sections → subsections → items, one handler per heading level.
 * The body must be line-aligned with its file (see splitFrontMatter) so every problem
 * names a file line. Reports every problem; the structure is complete only without any.
 */
export function parseBulletinBody(body: string, report: Report): ParsedBulletinBody {
  const tree = parseMarkdownSafely(body, report);
  if (!tree) return { sections: [], references: { links: [], images: [] }, outline: [] };
  checkStructure(tree, body, report);
  const references = checkMarkdown(tree, 'bulletin', report);
  const draft: Draft = { sections: [], items: [], headings: new Map(), headingLines: [] };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      closeItem(draft, report);
      draft.headingLines.push(nodePosition(node).line);
      const text = mdastToString(node).trim().normalize('NFC');
      const open = HEADING_HANDLERS[node.depth];
      if (open) open(node, text, draft, report);
      else
        report(
          'heading-level',
          nodePosition(node),
          `level-${node.depth} heading "${excerpt(text)}": use ## for sections, ### for subsections, #### for items`,
        );
    } else {
      addBlock(node, draft, report);
    }
  }
  closeItem(draft, report);
  checkNotEmpty(draft, report);
  const outline = itemOutline(draft);
  checkRepeats(outline, report);
  for (const section of draft.sections) {
    section.items = section.items.map(finishedItem);
    for (const sub of section.subsections) sub.items = sub.items.map(finishedItem);
  }
  return { sections: draft.sections, references, outline };
}

function itemOutline(draft: Draft): ItemOutline[] {
  const items = draft.items.map((item) => ({
    id: item.id,
    place: item.place,
    line: nodePosition(item.heading).line,
    titleKey: sameTextKey(item.title),
    textKey: sameTextKey(item.blocks.map((block) => (block.kind === 'paragraph' ? block.text : '')).join('')),
  }));
  return endLines(items, draft.headingLines);
}

/** The same item twice in one issue, by title or by text: a paste gone wrong. */
function checkRepeats(outline: readonly ItemOutline[], report: Report): void {
  const seen = new Map<string, ItemOutline>();
  for (const item of outline) {
    const keys = repeatKeys(item);
    const repeat = keys.find(({ key }) => seen.has(key));
    if (repeat) {
      const first = seen.get(repeat.key) as ItemOutline;
      report(
        'item-once',
        { line: item.line, column: 1 },
        { item: item.id, first: first.id, firstPlace: shortPlace(first.place), same: repeat.same },
      );
    }
    for (const { key } of keys) if (!seen.has(key)) seen.set(key, item);
  }
}

/** What makes two items the same one: the same title, or the same text long enough not to be a coincidence. */
export function repeatKeys(item: ItemOutline): { same: 'title' | 'text'; key: string }[] {
  const keys: { same: 'title' | 'text'; key: string }[] = [];
  // A scaffold's placeholders are alike by design; the todo rule reports them.
  if (item.titleKey && !item.titleKey.includes('TODO')) keys.push({ same: 'title', key: `title:${item.titleKey}` });
  if (item.textKey.length >= REPEAT_MIN_LENGTH && !item.textKey.includes('TODO')) keys.push({ same: 'text', key: `text:${item.textKey}` });
  return keys;
}

/** `二、（一）第1条` of a place, without the title. */
export const shortPlace = (place: string) => place.split(' ')[0] ?? place;

type HeadingHandler = (node: Heading, text: string, draft: Draft, report: Report) => void;

const HEADING_HANDLERS: Partial<Record<Heading['depth'], HeadingHandler>> = { 2: openSection, 3: openSubsection, 4: openItem };

/** How each level of heading is written: its pattern, an example, and its numeral in print. */
const LEVELS = {
  section: { pattern: SECTION_HEADING, example: '## 一、中央精神', numbered: (n: string) => n },
  subsection: { pattern: SUBSECTION_HEADING, example: '### （一）部委动态', numbered: (n: string) => `（${n}）` },
} as const;
type Level = keyof typeof LEVELS;
type At = ReturnType<typeof nodePosition>;

/** A section or subsection heading's numeral as written and its name; reported and undefined when it reads as neither. */
function headingParts(level: Level, text: string, at: At, report: Report): { written: string; name: string } | undefined {
  const match = LEVELS[level].pattern.exec(text);
  if (!match) {
    report(`${level}-heading`, at, `"${excerpt(text)}" is not a ${level} heading: write "${LEVELS[level].example}"`);
    return undefined;
  }
  const [, written = '', rawName = ''] = match;
  const name = rawName.trim();
  checkInvisible(name, at, level, report);
  return { written, name };
}

/** Sections and subsections are numbered in order from 一. */
function checkNumber(level: Level, { written, name }: { written: string; name: string }, number: number, at: At, report: Report): void {
  if (chineseNumeralToNumber(written) === number) return;
  const { numbered } = LEVELS[level];
  report(`${level}-number`, at, `${level} "${name}" is numbered ${numbered(written)}, expected ${numbered(numeral(number))}`);
}

function openSection(node: Heading, text: string, draft: Draft, report: Report): void {
  draft.section = undefined;
  draft.subsection = undefined;
  const at = nodePosition(node);
  const heading = headingParts('section', text, at, report);
  if (!heading) return;
  const { name } = heading;
  const config = findSectionByName(name);
  // An unknown section is reported once; its items still parse so their own problems show too.
  if (!config) report('section-known', at, `unknown section "${excerpt(name)}": expected one of ${SECTIONS.map((s) => s.name).join('、')}`);
  const number = draft.sections.length + 1;
  checkNumber('section', heading, number, at, report);
  if (config && draft.sections.some((s) => s.slug === config.slug)) report('section-once', at, `section "${name}" appears twice`);
  const section: BulletinSection = {
    id: String(number),
    number,
    slug: config?.slug ?? '',
    name: config?.name ?? name,
    items: [],
    subsections: [],
  };
  draft.sections.push(section);
  draft.headings.set(section, node);
  draft.section = section;
}

function openSubsection(node: Heading, text: string, draft: Draft, report: Report): void {
  draft.subsection = undefined;
  const at = nodePosition(node);
  const { section } = draft;
  if (!section) {
    report('subsection-heading', at, `subsection "${excerpt(text)}" is not inside a known section`);
    return;
  }
  const heading = headingParts('subsection', text, at, report);
  if (!heading) return;
  const { name } = heading;
  const sectionConfig = findSection(section.slug);
  const config = sectionConfig && findSubsectionByName(sectionConfig, name);
  if (!config && sectionConfig) {
    const expected = sectionConfig.subsections.map((s) => s.name);
    report(
      'subsection-known',
      at,
      `unknown subsection "${excerpt(name)}" in ${section.name}: expected ${expected.length ? `one of ${expected.join('、')}` : 'no subsections'}`,
    );
  }
  if (section.items.length > 0) report('subsection-place', at, `subsection "${name}" follows items placed directly under ${section.name}`);
  const number = section.subsections.length + 1;
  checkNumber('subsection', heading, number, at, report);
  const subsection: BulletinSubsection = {
    id: `${section.number}-${number}`,
    number,
    slug: config?.slug ?? '',
    name: config?.name ?? name,
    items: [],
  };
  section.subsections.push(subsection);
  draft.headings.set(subsection, node);
  draft.subsection = subsection;
}

function openItem(node: Heading, text: string, draft: Draft, report: Report): void {
  const at = nodePosition(node);
  const { section, subsection } = draft;
  if (!section) {
    report('item-heading', at, { text: excerpt(text), outside: true });
    return;
  }
  const numberOnly = /^(\d+)\s*[.．、]?\s*$/.exec(text);
  if (numberOnly) report('item-title', at, { text: excerpt(text) });
  const match = ITEM_HEADING.exec(text) ?? (numberOnly && [text, numberOnly[1], '']);
  if (!match) {
    report('item-heading', at, { text: excerpt(text) });
    return;
  }
  if (!subsection && section.subsections.length > 0) {
    report('item-place', at, `item "${excerpt(text)}" follows the subsections of ${section.name} without a subsection of its own`);
    return;
  }
  checkInvisible(text, at, 'item', report);
  const [, digits = '', rawTitle = ''] = match;
  const title = rawTitle.trim();
  // A title of digits and marks only is a number left where the title should be.
  if (title && !/\p{L}/u.test(title)) report('item-title', at, { text: excerpt(text) });
  const siblings = subsection ? subsection.items : section.items;
  const number = siblings.length + 1;
  if (Number(digits) !== number) report('item-number', at, { title, written: digits, expected: number });
  const id = subsection ? `${subsection.id}-${number}` : `${section.number}-${number}`;
  const place =
    `${numeral(section.number)}、${subsection ? `（${numeral(subsection.number)}）` : ''}第${number}条 ${placeTitle(title)}`.trim();
  const item: DraftItem = { id, number, title, blocks: [], source: '', sectionSlug: section.slug, heading: node, place };
  if (subsection) item.subsectionSlug = subsection.slug;
  siblings.push(item);
  draft.items.push(item);
  draft.item = item;
}

/** A block under an item: a paragraph, a figure part, or the source line that closes it. */
function addBlock(node: RootContent, draft: Draft, report: Report): void {
  // HTML comments are editors' notes: they never publish (other raw HTML is refused by the Markdown rules).
  if (node.type === 'html') return;
  const at = nodePosition(node);
  const { item } = draft;
  if (!item) {
    report('text-in-item', at, 'text outside an item: put it under an item heading "#### 1. 标题"');
    return;
  }
  const text = mdastToString(node).trim();
  const source = node.type === 'paragraph' ? parseSourceLine(text) : undefined;
  if (item.sourceLine) {
    if (source) report('source-once', at, { item: item.id });
    else report('source-last', at, { item: item.id });
    return;
  }
  if (source) item.sourceLine = true;
  if (source?.name) {
    checkInvisible(source.name, at, 'item.source', report);
    item.source = source.name;
  } else if (source) {
    report('source-form', at, { text: excerpt(text), blank: true });
  } else if (node.type === 'paragraph' && text.includes('信息来源')) {
    report('source-form', at, { text: excerpt(text) });
  } else {
    const part = figurePart(node);
    if (part) addFigure(item.blocks, part);
    else {
      const rendered = renderBlocks([node]);
      // A block that renders to nothing (only markup the sanitizer removes) would publish empty.
      if (rendered.text || rendered.html.includes('<img')) item.blocks.push({ kind: 'paragraph', ...rendered });
    }
  }
}

function closeItem(draft: Draft, report: Report): void {
  const { item } = draft;
  if (item && !item.sourceLine) {
    report('source-line', nodePosition(item.heading), { item: item.id });
  }
  draft.item = undefined;
}

/** Structure that would publish empty: no sections, a heading with nothing under it, an item without text. */
function checkNotEmpty(draft: Draft, report: Report): void {
  if (draft.sections.length === 0) {
    report(
      'bulletin-sections',
      { line: 1, column: 1 },
      'no sections: write the issue\'s sections, "## 一、中央精神" with its items, below the front matter',
    );
  }
  for (const section of draft.sections) {
    const heading = draft.headings.get(section);
    if (section.items.length === 0 && section.subsections.length === 0) {
      report('section-items', nodePosition(heading), `section "${section.name}" has no items: add its items, or delete the heading`);
    }
    for (const sub of section.subsections) {
      if (sub.items.length > 0) continue;
      report(
        'section-items',
        nodePosition(draft.headings.get(sub)),
        `subsection "${sub.name}" has no items: add its items, or delete the heading`,
        'subsection',
      );
    }
  }
  for (const item of draft.items) {
    if (item.blocks.length === 0) report('item-text', nodePosition(item.heading), { item: item.id, title: item.title });
    // Only captions are left when the text was deleted around a figure: the item would publish a caption alone.
    else if (item.blocks.every((block) => block.kind === 'figure' && !block.src)) {
      const [figure] = item.blocks as Extract<BulletinBlock, { kind: 'figure' }>[];
      const caption = `${figure?.label ?? ''} ${figure?.caption ?? ''}`.trim();
      report('figure-alone', nodePosition(item.heading), { item: item.id, caption });
    }
  }
}

function checkInvisible(text: string, at: At, field: string, report: Report): void {
  const found = invisibleCharacter(text);
  if (found) report('invisible-character', at, invisibleMessage(found, text), field);
}

function finishedItem({
  heading: _heading,
  sourceLine: _sourceLine,
  place: _place,
  ...item
}: BulletinItem & Partial<DraftItem>): BulletinItem {
  return item;
}

type FigurePart = { image: Image } | { caption: string; label: string };

function figurePart(node: RootContent): FigurePart | undefined {
  if (node.type !== 'paragraph') return undefined;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (meaningful.length === 1 && meaningful[0]?.type === 'image') return { image: meaningful[0] };
  const caption = FIGURE_CAPTION.exec(mdastToString(node as Paragraph).trim());
  if (caption) return { label: `图${caption[1]}`, caption: (caption[2] ?? '').trim() };
  return undefined;
}

/** Alt text and addresses are the Markdown rules' to check; here a figure only takes its place. */
function addFigure(blocks: BulletinBlock[], part: FigurePart): void {
  if ('image' in part) {
    blocks.push({ kind: 'figure', src: part.image.url, alt: part.image.alt?.trim() ?? '' });
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
