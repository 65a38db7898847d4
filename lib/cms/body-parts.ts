/**
 * A body the parser refused, cut at its headings for the preview: each part is a heading and
 * what follows it, with the lines it spans, so a problem's line finds the part it is in. The
 * preview shows these parts in the site's styles and marks those with problems (lib/cms/preview.tsx).
 */
import type { RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import { parseMarkdown } from '../content/markdown';
import { markdownLimitBreach } from '../content/markdown-limits';

export interface BodyPart {
  /** First line of the part, 1-based, counted in the body. */
  startLine: number;
  /** The heading it starts with: `## 一、中央精神` is depth 2, text 一、中央精神. None for text before the first heading. */
  heading?: { depth: number; text: string };
  /** What follows the heading, up to the next one. */
  nodes: RootContent[];
}

/**
 * The parts of `body`, in order; undefined when the body is past the limits the parser reads in
 * bounded time (the problem list says so; the preview then shows the text as it is).
 */
export function bodyParts(body: string): BodyPart[] | undefined {
  if (markdownLimitBreach(body)) return undefined;
  const parts: BodyPart[] = [];
  for (const node of parseMarkdown(body).children) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') parts.push({ startLine: line, heading: { depth: node.depth, text: mdastText(node) }, nodes: [] });
    else if (parts.length === 0) parts.push({ startLine: line, nodes: [node] });
    else parts.at(-1)?.nodes.push(node);
  }
  return parts;
}

/** The index of the part holding `line` of the body: the last that starts at or before it, or -1 before the first. */
export function partAt(parts: readonly BodyPart[], line: number): number {
  return parts.findLastIndex((part) => part.startLine <= line);
}
