import type { RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { parseMarkdown, renderBlocks } from './markdown';
import type { ContentProblem } from './problems';
import { collectReferences, nodePosition } from './references';
import type { ContentReferences, QaBody } from './types';

export interface ParsedQaBody extends QaBody {
  references: ContentReferences;
  problems: ContentProblem[];
}

/**
 * A Q&A body: every `## ` heading is a question, the blocks below it its answer.
 * Anchors are q1, q2 … so a shared link keeps pointing at the same question.
 */
export function parseQaBody(body: string, file: string): ParsedQaBody {
  const tree = parseMarkdown(body);
  const problems: ContentProblem[] = [];
  const { links, images, imageNodes } = collectReferences(tree);
  for (const image of imageNodes) {
    if (!image.alt?.trim())
      problems.push({ ...nodePosition(image), file, field: 'image.alt', message: `image ${image.url} has no alt text` });
  }

  const intro: RootContent[] = [];
  const groups: { heading: RootContent; title: string; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      groups.push({ heading: node, title: mdastToString(node).trim(), nodes: [] });
    } else if (node.type === 'heading' && node.depth === 1) {
      problems.push({ ...nodePosition(node), file, field: 'heading', message: 'the title comes from front matter: use ## for questions' });
    } else {
      (groups.at(-1)?.nodes ?? intro).push(node);
    }
  }
  if (groups.length === 0) {
    problems.push({ file, line: 1, column: 1, field: 'questions', message: 'no questions: write each question as a "## " heading' });
  }
  for (const group of groups) {
    if (group.nodes.length === 0) {
      problems.push({ ...nodePosition(group.heading), file, field: 'answer', message: `question "${group.title}" has no answer` });
    }
  }
  const questions = groups.map((group, index) => ({
    id: `q${index + 1}`,
    number: index + 1,
    title: group.title,
    ...renderBlocks(group.nodes),
  }));
  const result: ParsedQaBody = { questions, references: { links, images }, problems };
  if (intro.length > 0) result.intro = renderBlocks(intro);
  return result;
}
