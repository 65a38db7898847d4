/**
 * Markdown that changes a file's structure without a word, from an editor's slip: a `---` or
 * `===` line under text (a setext heading), `####2.` without its space (plain text that merges
 * into the item before), a paragraph indented for 首行缩进 (a code block), footnotes (whose
 * notes are dropped). Each is reported at its line, then the tree is mended to what the editor
 * meant, so one slip gives one message and not a cascade: the missing space's heading becomes
 * a heading, the underlined line a paragraph, a footnote's note is set aside.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { nodePosition } from './node-position';
import { excerpt, type Report } from './problems';

/** `####2. 标题`: heading marks followed by text with no space. */
const HEADING_WITHOUT_SPACE = /^(#{1,6})([^\s#].*)$/;
/** What a heading starts with: 1. 一、 （一）. A single # before other text is a hashtag (#乡村振兴#), not a heading. */
const NUMBERED = /^(\d+\s*[.．、]|[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[)）])/;

/** The node's Markdown as written. */
function writtenOf(node: RootContent, markdown: string): string {
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? markdown.slice(start.offset, end.offset) : '';
}

export function checkStructure(tree: Root, markdown: string, report: Report): void {
  tree.children = tree.children.flatMap((node): RootContent[] => {
    const at = nodePosition(node);
    if (node.type === 'heading') {
      const written = writtenOf(node, markdown);
      if (written && !written.trimStart().startsWith('#')) {
        const mark = written.trimEnd().endsWith('=') ? '===' : '---';
        report('setext-heading', at, { text: excerpt(mdastToString(node).trim()), mark });
        const paragraph: Paragraph = { type: 'paragraph', children: node.children };
        if (node.position) paragraph.position = node.position;
        return [paragraph];
      }
    }
    if (node.type === 'paragraph') {
      const written = writtenOf(node, markdown);
      const match = HEADING_WITHOUT_SPACE.exec(written.split('\n')[0] ?? '');
      if (match && ((match[1] ?? '').length > 1 || NUMBERED.test(match[2] ?? ''))) {
        const [, marks = '', rest = ''] = match;
        report('heading-space', at, { text: excerpt(`${marks}${rest}`), fixed: excerpt(`${marks} ${rest}`) });
        // A one-line paragraph is the heading the editor meant; a longer one stays text.
        if (!written.includes('\n')) {
          const heading: Heading = {
            type: 'heading',
            depth: marks.length as Heading['depth'],
            children: [{ type: 'text', value: rest }],
          };
          if (node.position) heading.position = node.position;
          return [heading];
        }
      }
    }
    if (node.type === 'footnoteDefinition') {
      report('footnote', at, { label: node.label ?? node.identifier });
      return [];
    }
    return [node];
  });
  visit(tree, (node) => {
    if (node.type === 'code') {
      const fenced = /^\s*(```|~~~)/.test(writtenOf(node, markdown));
      report('code-block', nodePosition(node), fenced ? { fenced } : {});
    }
    if (node.type === 'footnoteReference') report('footnote', nodePosition(node), { label: node.label ?? node.identifier });
  });
}
