import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The URL attributes that can point into the site, per element. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
};

/**
 * Prefix site-internal `/…` links and images in content HTML with the base path, so a
 * site served under /shuzi-xiangcun finds them. `<Link>` and Next's assets get the prefix
 * from next.config; raw HTML from Markdown does not. Protocol-relative `//host` URLs and
 * paths already under the base path are left alone, so running twice changes nothing.
 */
export function rehypeBasePath(options: { basePath: string }) {
  const base = options.basePath.replace(/\/$/, '');
  return (tree: Root) => {
    if (!base) return;
    visit(tree, 'element', (node: Element) => {
      for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
        const value = node.properties[attribute];
        if (typeof value === 'string' && isSitePath(value) && value !== base && !value.startsWith(`${base}/`)) {
          node.properties[attribute] = `${base}${value}`;
        }
      }
    });
  };
}

function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}
