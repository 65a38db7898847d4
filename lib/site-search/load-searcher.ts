/**
 * The site's searcher, with the engine's code loaded on first use: the header box and
 * the search page import this, not site-searcher.ts, so no page's first-load JavaScript
 * carries the engine (the search page's heading and box paint without waiting for it).
 */
export const loadSiteSearcher = () => import('./site-searcher').then((module) => module.siteSearcher());
