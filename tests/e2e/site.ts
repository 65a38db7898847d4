import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { routes } from '../../lib/routes';

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

const ANY = '\u0000';
/** A route of lib/routes.ts as a pattern over site paths: any value where the route takes one. */
function pattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(ANY, '[^/]+')}$`);
}

/**
 * Every page template the site publishes, built from lib/routes.ts. A site path belongs to
 * the first template it matches, so fixed addresses come before the ones that take a value.
 */
export const TEMPLATES: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['home', pattern(routes.home())],
  ['bulletins', pattern(routes.bulletins())],
  ['issue', pattern(routes.bulletin(ANY))],
  ['item', pattern(routes.item(ANY, ANY))],
  ['section', pattern(routes.section(ANY))],
  ['Q&A list', pattern(routes.qaList())],
  ['Q&A categories', pattern(routes.qaCategories())],
  ['Q&A category', pattern(routes.qaCategory(ANY))],
  ['Q&A tags', pattern(routes.qaTags())],
  ['Q&A tag', pattern(routes.qaTag(ANY))],
  ['Q&A', pattern(routes.qa(ANY))],
  ['years', pattern(routes.years())],
  ['year', pattern(routes.year(ANY as unknown as number))],
  ['sources', pattern(routes.sources())],
  ['source', pattern(routes.source(ANY))],
  ['regions', pattern(routes.regions())],
  ['region', pattern(routes.region(ANY))],
  ['policies', pattern(routes.policies())],
  ['policy', pattern(routes.policy(ANY))],
  ['search', pattern(routes.search())],
  ['stats', pattern(routes.stats())],
  ['data', pattern(routes.data())],
];

/** The name of the template a site path belongs to, or undefined for a path no template covers. */
export function templateOf(sitePath: string): string | undefined {
  return TEMPLATES.find(([, p]) => p.test(sitePath))?.[0];
}

/** axe's violations of WCAG 2.2 AA and its best practices on the page as it stands, one line each: `rule: elements`. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
