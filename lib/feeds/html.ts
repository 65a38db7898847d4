import { site } from '../settings';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Content HTML with every site-relative `href`/`src` made absolute, for feed readers that
 * show it away from the site. The HTML is our own serializer's output (double-quoted
 * attributes), and internal paths already carry the base path (lib/content/rehype-base-path).
 */
export function absolutizeHtml(html: string): string {
  return html.replace(/(\s(?:href|src))="\/(?!\/)/g, `$1="${site.url}/`);
}
