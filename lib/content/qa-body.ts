import type { RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from './issues';
import { parseMarkdown, renderBlocks } from './markdown';
import type { LinkReference, QaBody } from './types';

export interface ParsedQaBody extends QaBody {
  issues: ContentIssue[];
}

/**
 * A Q&A body: every `## ` heading is a question, the blocks below it its answer.
 * Anchors are q1, q2 … so a shared link keeps pointing at the same question.
 */
export function parseQaBody(body: string, file: string): ParsedQaBody {
  const tree = parseMarkdown(body);
  const issues: ContentIssue[] = [];
  const links: LinkReference[] = [];
  const images: LinkReference[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('/')) links.push(referenceOf(node));
    if (node.type === 'image') {
      images.push(referenceOf(node));
      if (!node.alt?.trim()) issues.push({ ...position(node), file, field: 'image.alt', message: `image ${node.url} has no alt text` });
    }
  });

  const intro: RootContent[] = [];
  const groups: { heading: RootContent; title: string; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      groups.push({ heading: node, title: mdastToString(node).trim(), nodes: [] });
    } else if (node.type === 'heading' && node.depth === 1) {
      issues.push({ ...position(node), file, field: 'heading', message: 'the title comes from front matter: use ## for questions' });
    } else {
      (groups.at(-1)?.nodes ?? intro).push(node);
    }
  }
  if (groups.length === 0) {
    issues.push({ file, line: 1, column: 1, field: 'questions', message: 'no questions: write each question as a "## " heading' });
  }
  for (const group of groups) {
    if (group.nodes.length === 0) {
      issues.push({ ...position(group.heading), file, field: 'answer', message: `question "${group.title}" has no answer` });
    }
  }
  const questions = groups.map((group, index) => ({
    id: `q${index + 1}`,
    number: index + 1,
    title: group.title,
    ...renderBlocks(group.nodes),
  }));
  const result: ParsedQaBody = { questions, links, images, issues };
  if (intro.length > 0) result.intro = renderBlocks(intro);
  return result;
}

function position(node: { position?: { start: { line: number; column: number } } }) {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function referenceOf(node: { url: string; position?: { start: { line: number; column: number } } }): LinkReference {
  return { url: node.url, ...position(node) };
}
