/**
 * For corpus sizes whose whole Next build is too slow on this machine
 * (`--light <sizes>`): the pages both engines index, written directly from the
 * parsed content with the same <article> markup as the real item and Q&A pages,
 * plus our index from the real index script. Search measurements are then
 * like for like; the whole-site build time is not measured for these sizes.
 */

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { figureCaption } from '../lib/content/blocks';
import { sectionItems } from '../lib/content/items';
import { routes } from '../lib/routes';
import { loadSiteContent } from '../lib/site/load';
import { SEARCH_INDEX_FOLDER } from '../lib/site-search/index-location';
import { indexStepsMs, run, timingsFile } from './site-build';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title: string, article: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main id="main">${article}</main></body></html>\n`;
}

function write(siteDir: string, url: string, html: string): void {
  const file = path.join(siteDir, url.replace(/#.*$/, ''), 'index.html');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, html);
}

export async function buildLightSite(contentDir: string, siteDir: string): Promise<{ pages: number; indexMs: number }> {
  rmSync(siteDir, { recursive: true, force: true });
  const { bulletins, qas } = loadSiteContent(contentDir);
  let pages = 0;
  for (const b of bulletins) {
    for (const section of b.sections) {
      for (const item of sectionItems(section)) {
        const body = item.blocks
          .map((block) =>
            block.kind === 'paragraph' ? block.html : `<figure><figcaption>${escapeHtml(figureCaption(block))}</figcaption></figure>`,
          )
          .join('');
        const article = `<article><p>${escapeHtml(`${b.series}（${b.label}）· ${section.name}`)}</p><h1>${escapeHtml(item.title)}</h1><div>${body}<p>（信息来源：${escapeHtml(item.source)}）</p></div></article>`;
        write(siteDir, routes.item(b.id, item.id), page(item.title, article));
        pages++;
      }
    }
  }
  for (const qa of qas) {
    const sections = qa.questions
      .map((q) => `<section id="${q.id}"><h2 id="${q.id}-title">${escapeHtml(q.title)}</h2><div>${q.html}</div></section>`)
      .join('');
    write(siteDir, routes.qa(qa.slug), page(qa.title, `<article><h1>${escapeHtml(qa.title)}</h1>${sections}</article>`));
    pages++;
  }
  const timings = timingsFile(siteDir);
  await run(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/build.ts',
      '--until',
      'search-index',
      '--search-index',
      path.join(siteDir, SEARCH_INDEX_FOLDER),
      '--timings',
      timings,
    ],
    { CONTENT_DIR: contentDir },
  );
  return { pages, indexMs: indexStepsMs(timings) };
}
