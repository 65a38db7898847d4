/**
 * /admin/index.html: Decap CMS and the project's admin bundle, nothing else. The page is not
 * for readers: `noindex`, in no sitemap or search index, and it carries its own Content
 * Security Policy: the site-wide CSP step leaves admin/ alone, and `npm run check:site` holds
 * the page to this one (lib/checks/site-checks.ts).
 */
import { site } from '../settings';
import { ADMIN_STYLESHEET } from './admin-styles';
import { CMS_BACKEND } from './decap-config';

/** Where the editor's browser may connect, and why. */
const CONNECT = [
  "'self'", // config.yml, Decap's chunks, pdf.js's CMaps and fonts
  'https://api.github.com', // the GitHub backend: entries, branches, pull requests
  'https://www.githubstatus.com', // Decap warns when GitHub is down
  new URL(CMS_BACKEND.baseUrl).origin, // the OAuth client that turns a GitHub login into a token
  'http://localhost:8081', // `npx decap-server` for a local clone; Decap only tries it when the page is on localhost
  'blob:', // the files an entry holds until it is saved (the imported PDF, its pictures): Decap reads them back to commit them
];

/**
 * The page's policy. Decap's bundle needs more than the site's pages: it compiles its config
 * schema with ajv (`new Function`: 'unsafe-eval'), instantiates WebAssembly ('wasm-unsafe-eval'),
 * writes its styles at run time with emotion ('unsafe-inline' styles), and shows previews of
 * images it holds as blob: URLs. Scripts still come only from the site itself.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  // GitHub avatars in the header; pictures in the media library and preview are data: or blob: URLs.
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self' data:",
  `connect-src ${CONNECT.join(' ')}`,
  // pdf.js's worker, a module file beside pdf.js.
  "worker-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export interface AdminPageOptions {
  /** The site's stylesheets (as its pages link them, base path included), for the preview pane. */
  previewStyles: readonly string[];
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function adminPage({ previewStyles }: AdminPageOptions): string {
  return `<!doctype html>
<html lang="${site.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(ADMIN_CSP)}">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>编辑后台 · ${site.name}</title>
<link rel="stylesheet" href="${ADMIN_STYLESHEET}">
</head>
<body>
<h1 style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap">${site.name} · 编辑后台</h1>
<noscript><p>编辑后台需要 JavaScript。</p></noscript>
<script src="cms.js" data-preview-styles="${escapeAttribute(previewStyles.join(' '))}"></script>
<script src="decap-cms.js"></script>
</body>
</html>
`;
}
