/**
 * Positions and references in a parsed body: what the cross-file checks (links that
 * point nowhere, images that do not exist) and every body problem report against.
 */
import type { Image, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentReferences, LinkReference } from './types';

/** The part of a syntax-tree node's position the reports use. */
type Positioned = { position?: { start: { line: number; column: number } } };

/** Where a node starts in its file; 1:1 when the parser gave no position. */
export function nodePosition(node: Positioned | undefined): { line: number; column: number } {
  return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}

/** Every internal link (a site path, `/…`) and every image of a body, each at its position. */
export function collectReferences(tree: Root): ContentReferences & { imageNodes: Image[] } {
  const links: LinkReference[] = [];
  const images: LinkReference[] = [];
  const imageNodes: Image[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('/')) links.push(referenceOf(node));
    if (node.type === 'image') {
      images.push(referenceOf(node));
      imageNodes.push(node);
    }
  });
  return { links, images, imageNodes };
}

function referenceOf(node: Positioned & { url: string }): LinkReference {
  return { url: node.url, ...nodePosition(node) };
}
