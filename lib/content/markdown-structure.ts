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

/** The node's source text. */
function sourceOf(node: RootContent, source: string): string {
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : '';
}

export function checkStructure(tree: Root, source: string, report: Report): void {
  tree.children = tree.children.flatMap((node): RootContent[] => {
    const at = nodePosition(node);
    if (node.type === 'heading') {
      const written = sourceOf(node, source);
      if (written && !written.trimStart().startsWith('#')) {
        const mark = written.trimEnd().endsWith('=') ? '===' : '---';
        report('setext-heading', at, { text: excerpt(mdastToString(node).trim()), mark });
        const paragraph: Paragraph = { type: 'paragraph', children: node.children };
        if (node.position) paragraph.position = node.position;
        return [paragraph];
      }
    }
    if (node.type === 'paragraph') {
      const written = sourceOf(node, source);
      const match = HEADING_WITHOUT_SPACE.exec(written.split('\n')[0] ?? '');
      if (match) {
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
      const fenced = /^\s*(```|~~~)/.test(sourceOf(node, source));
      report('code-block', nodePosition(node), fenced ? { fenced } : {});
    }
    if (node.type === 'footnoteReference') report('footnote', nodePosition(node), { label: node.label ?? node.identifier });
  });
}
