/**
 * The base-path check (npm run test:base-path, scripts/check-base-path.ts): the site built from
 * the seed fixtures plus tests/fixtures/base-path/ as a GitHub Pages project site sees it, and
 * what its export must show so the check proves something about content links.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEARCH_INDEX_FOLDER } from '../site-search/index-location';
import { fileForPath } from './built-site';

export const BASE_PATH = '/shuzi-xiangcun';
export const SITE_URL = 'https://example.github.io';
const ORIGIN = `${SITE_URL}${BASE_PATH}`;

/** Copies `from`'s files into `publicDir` (none may be there already); returns what removes them and the folders made for them. */
export function placeInPublic(from: string, publicDir = 'public'): () => void {
  const files = readdirSync(from, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  const made: string[] = [];
  for (const file of files) {
    const target = path.join(publicDir, file);
    if (existsSync(target)) throw new Error(`${target} exists: the base-path fixture would overwrite it`);
    for (let dir = path.dirname(target); dir !== publicDir && !existsSync(dir); dir = path.dirname(dir)) made.push(dir);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(from, file), target);
  }
  return () => {
    for (const file of files) rmSync(path.join(publicDir, file), { force: true });
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * Moves the site's search index out of `publicDir` for the length of the fixtures' build, which
 * writes the fixtures' own there for Next to copy; returns what puts the site's back.
 */
export function setAsideSearchIndex(publicDir = 'public'): () => void {
  const index = path.join(publicDir, SEARCH_INDEX_FOLDER);
  const aside = mkdtempSync(path.join(os.tmpdir(), 'site-search-index-'));
  const had = existsSync(index);
  if (had) renameSync(index, path.join(aside, SEARCH_INDEX_FOLDER));
  return () => {
    rmSync(index, { recursive: true, force: true });
    if (had) cpSync(path.join(aside, SEARCH_INDEX_FOLDER), index, { recursive: true });
    rmSync(aside, { recursive: true, force: true });
  };
}

/** What the fixtures' export in `outDir` lacks: their links and images under the base path, enough pages, their own search index. */
export function fixtureProblems(outDir: string, pages: number): string[] {
  const problems: string[] = [];
  // The fixtures must really be there, or the check proves nothing about content links.
  for (const [file, expected] of [
    ['bulletins/2099-01/1-1/index.html', `href="${BASE_PATH}/bulletins/2024-02/#item-2-1-1"`],
    ['bulletins/2099-01/1-1/index.html', `src="${BASE_PATH}/images/2099-01/fig1.svg"`],
    ['qa/base-path-links/index.html', `src="${BASE_PATH}/images/2099-01/fig1.svg"`],
    ['feed.xml', `${ORIGIN}/images/2099-01/fig1.svg`],
  ] as const) {
    const target = fileForPath(outDir, `/${file}`);
    if (!target || !readFileSync(target, 'utf8').includes(expected)) problems.push(`${file}: expected ${expected}`);
  }
  if (pages < 20) problems.push(`only ${pages} pages exported`);
  // The search index is the fixtures' own, not the one of content/ (their 2099 issue is in it).
  const indexFiles = readdirSync(path.join(outDir, SEARCH_INDEX_FOLDER), { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  if (!indexFiles.some((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8').includes('2099-01')))
    problems.push(`${SEARCH_INDEX_FOLDER}/: the fixtures' issue 2099-01 is not in the exported search index`);
  return problems;
}
