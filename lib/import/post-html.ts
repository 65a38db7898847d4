/**
 * HTML post body → Markdown: rehype-parse → rehype-remark → remark-stringify.
 * Two fixes on the Markdown tree in between, both for how the source site writes HTML:
 * bold split into runs (`<strong>到2023年</strong><strong>，</strong>`) is merged back,
 * and a paragraph that is only a bold numbered question becomes a `## ` heading.
 */
import type { Heading, Nodes, Paragraph, PhrasingContent, Root, Strong } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** `一、请介绍一下出台《行动计划》的背景？` */
const QUESTION = /^[一二三四五六七八九十]+[、.．]\s*\S.*[？?]$/u;

export function htmlToMarkdown(html: string): { markdown: string; tree: Root } {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeRemark)
    // CommonMark will not close `**` right before `，` and open text (`**到2023年，**数字`); the CJK-friendly extension will.
    .use(remarkCjkFriendly)
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fence: '`', fences: true, rule: '-' });
  const tree = processor.runSync(processor.parse(html)) as Root;
  mergeStrongRuns(tree);
  questionsToHeadings(tree);
  return { markdown: processor.stringify(tree), tree };
}

function mergeStrongRuns(node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const current = children[i] as Nodes;
    if (current.type !== 'strong') continue;
    // Swallow following strong runs, and whitespace between two of them.
    for (;;) {
      const next = children[i + 1];
      const afterSpace = children[i + 2];
      if (next?.type === 'strong') {
        current.children.push(...next.children);
        children.splice(i + 1, 1);
      } else if (next?.type === 'text' && next.value.trim() === '' && afterSpace?.type === 'strong') {
        current.children.push(next, ...afterSpace.children);
        children.splice(i + 1, 2);
      } else {
        break;
      }
    }
    mergeTextRuns(current);
  }
  for (const child of children) mergeStrongRuns(child);
}

function mergeTextRuns(strong: Strong): void {
  const merged: PhrasingContent[] = [];
  for (const child of strong.children) {
    const last = merged.at(-1);
    if (child.type === 'text' && last?.type === 'text') last.value += child.value;
    else merged.push(child);
  }
  strong.children = merged;
}

function questionsToHeadings(tree: Root): void {
  tree.children = tree.children.map((node) => {
    if (node.type !== 'paragraph') return node;
    const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const only = meaningful[0];
    if (meaningful.length !== 1 || only?.type !== 'strong') return node;
    if (!QUESTION.test(mdastToString(only).trim())) return node;
    const heading: Heading = { type: 'heading', depth: 2, children: trimmed(only.children) };
    return heading;
  });
}

function trimmed(children: PhrasingContent[]): PhrasingContent[] {
  const copy = structuredClone(children);
  const first = copy[0];
  const last = copy.at(-1);
  if (first?.type === 'text') first.value = first.value.trimStart();
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return copy;
}

/** Plain text of each top-level paragraph, for finding the （文章来源：…） line. */
export function paragraphTexts(tree: Root): string[] {
  return tree.children.filter((n): n is Paragraph => n.type === 'paragraph').map((p) => mdastToString(p).trim());
}
