import type { Heading, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { invisibleCharacter, invisibleMessage } from './characters';
import { parseMarkdownSafely, renderBlocks } from './markdown';
import { checkMarkdown } from './markdown-rules';
import { checkStructure } from './markdown-structure';
import { nodePosition } from './node-position';
import { endLines, type Place, placeTitle } from './places';
import { FILE_START, type Report } from './problems';
import type { ContentReferences, QaBody } from './types';

export interface ParsedQaBody extends QaBody {
  references: ContentReferences;
  /** Each question's place and lines, for placing problems. */
  outline: Place[];
}

/**
 * A Q&A body: every `## ` heading is a question, the blocks below it its answer.
 * Anchors are q1, q2 … so a shared link keeps pointing at the same question.
 */
export function parseQaBody(body: string, report: Report): ParsedQaBody {
  const tree = parseMarkdownSafely(body, report);
  if (!tree) return { questions: [], references: { links: [], images: [] }, outline: [] };
  checkStructure(tree, body, report);
  const references = checkMarkdown(tree, 'qa', report);

  const intro: RootContent[] = [];
  const groups: { heading: Heading; title: string; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      groups.push({ heading: node, title: mdastToString(node).trim(), nodes: [] });
    } else if (node.type === 'heading' && node.depth === 1) {
      report('qa-title-heading', nodePosition(node), 'the title comes from front matter: use ## for questions');
    } else {
      (groups.at(-1)?.nodes ?? intro).push(node);
    }
  }
  if (groups.length === 0) report('qa-questions', FILE_START, 'no questions: write each question as a "## " heading');

  const seen = new Map<string, number>();
  const questions = groups.map((group, index) => {
    const at = nodePosition(group.heading);
    const found = invisibleCharacter(group.title);
    if (found) report('invisible-character', at, invisibleMessage(found, group.title), 'question');
    // The same question twice is a paste gone wrong, whatever the spacing or width.
    const key = group.title.normalize('NFKC').replace(/\s+/g, '');
    const first = seen.get(key);
    if (first !== undefined) report('qa-question-once', at, `question "${group.title}" repeats question ${first}: delete one`);
    else seen.set(key, index + 1);
    const answer = renderBlocks(group.nodes);
    // An answer of comments or markup the sanitizer removes would publish empty.
    if (!answer.text && !answer.html.includes('<img')) report('qa-answer', at, `question "${group.title}" has no answer`);
    return { id: `q${index + 1}`, number: index + 1, title: group.title, ...answer };
  });
  const headingLines = tree.children.filter((node) => node.type === 'heading').map((node) => nodePosition(node).line);
  const places = groups.map((group, index) => ({
    place: `第${index + 1}问 ${placeTitle(group.title)}`.trim(),
    line: nodePosition(group.heading).line,
  }));
  const result: ParsedQaBody = { questions, references, outline: endLines(places, headingLines) };
  if (intro.length > 0) result.intro = renderBlocks(intro);
  return result;
}
