/** Where a syntax-tree node starts in its file: what every body problem reports against. */

/** The part of a syntax-tree node's position the reports use. */
type Positioned = { position?: { start: { line: number; column: number } } };

/** Where a node starts in its file; 1:1 when the parser gave no position. */
export function nodePosition(node: Positioned | undefined): { line: number; column: number } {
  return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}
