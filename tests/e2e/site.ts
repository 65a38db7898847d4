/** Pages every browser test may visit: one of each page type, from the seed content. */
export const PAGES = {
  home: '/',
  bulletins: '/bulletins/',
  issue: '/bulletins/2024-02/',
  item: '/bulletins/2024-02/2-1-1/',
  qaList: '/qa/',
  qa: '/qa/digital-village-action-plan-2022-2025/',
  section: '/sections/work/',
  search: '/search/',
  regions: '/regions/',
  region: '/regions/zhejiang/',
  sources: '/sources/',
  policy: '/policies/digital-village-action-plan-2022-2025/',
  year: '/years/2024/',
} as const;

/** Relative to baseURL (which carries BASE_PATH): '/bulletins/' → 'bulletins/'. */
export function url(path: string): string {
  return path.replace(/^\//, '');
}

/** NFKC and no whitespace: compares text across the PDF's half/full-width mix and line breaks. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** SITE_URL and BASE_PATH as the build saw them: canonical and feed URLs start with this. */
export const SITE_ORIGIN = `${(process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '')}${process.env.BASE_PATH ?? ''}`;

/** The exported site the browser tests are served from. */
export const OUT_DIR = process.env.OUT_DIR ?? 'out';
