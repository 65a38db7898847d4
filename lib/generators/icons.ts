/**
 * What `npm run draw:icons` (scripts/draw-icons.ts) writes: the site's icons and its sharing
 * card, drawn from lib/theme.ts and lib/settings.ts with Chromium and the Noto CJK fonts. The
 * outputs are committed (a build needs no browser):
 *
 *   app/icon.svg               favicon for browsers that take SVG
 *   app/favicon.ico            16 and 32 px PNGs in an ICO, for the rest and for /favicon.ico
 *   app/apple-icon.png         180 px, iOS home screen
 *   public/icons/icon-192.png, icon-512.png   the web manifest's icons (app/manifest.ts)
 *   public/og-card.png         1200×630 card with the site's title, og:image of every page (lib/seo/metadata.ts)
 */
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../checks/chromium';
import { site } from '../settings';
import { BRAND_COLOR, THEME_COLORS } from '../theme';

const LEAF = '#9fd6b4';
const paper = THEME_COLORS.light;

/** A sprout over a furrow on the site's green: plain shapes, legible at 16 px. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><title>${site.name}</title><rect width="64" height="64" rx="14" fill="${BRAND_COLOR}"/><path d="M32 50V31" stroke="${paper}" stroke-width="5" stroke-linecap="round"/><path d="M32 35C32 25 25 18 14 18C14 29 21 35 32 35Z" fill="${paper}"/><path d="M32 31C32 21 39 14 50 14C50 25 43 31 32 31Z" fill="${LEAF}"/><path d="M13 51H51" stroke="${paper}" stroke-width="4" stroke-linecap="round"/></svg>\n`;

function cardHtml(): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  html,body{margin:0;width:1200px;height:630px;background:${paper};font-family:"Noto Sans CJK SC",sans-serif;color:#1f2328}
  .card{box-sizing:border-box;width:1200px;height:630px;padding:88px 96px;display:flex;flex-direction:column;justify-content:space-between;border-bottom:24px solid ${BRAND_COLOR}}
  .mark{display:flex;align-items:center;gap:28px;font-size:34px;color:#57606a}
  .mark svg{width:96px;height:96px}
  h1{margin:0;font-size:112px;font-weight:700;letter-spacing:0.04em;color:${BRAND_COLOR}}
  p{margin:0;font-size:36px;line-height:1.5;color:#1f2328}
  </style></head><body><div class="card"><div class="mark">${ICON_SVG}<span>${site.publisher}</span></div>
  <div><h1>${site.name}</h1><p>各期全文与政策答记者问：在线阅读、检索与引用</p></div></div></body></html>`;
}

/** An ICO holding PNG images (Windows Vista and every browser read PNG entries). */
export function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((png) => png.data)]);
}

/** Each icon file (relative to the project) and its bytes, drawn in Chromium. */
export async function drawIcons(): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    /** `opaque`: iOS rounds the corners itself and shows transparency as black, so its icon fills the square. */
    const square = async (size: number, opaque = false) => {
      await page.setViewportSize({ width: size, height: size });
      const background = opaque ? BRAND_COLOR : 'transparent';
      await page.setContent(
        `<style>html,body{margin:0;background:${background}}svg{display:block;width:${size}px;height:${size}px}</style>${ICON_SVG}`,
      );
      return page.screenshot({ omitBackground: !opaque });
    };
    files.set(path.join('app', 'icon.svg'), ICON_SVG);
    files.set(
      path.join('app', 'favicon.ico'),
      ico([
        { size: 16, data: await square(16) },
        { size: 32, data: await square(32) },
      ]),
    );
    files.set(path.join('app', 'apple-icon.png'), await square(180, true));
    files.set(path.join('public', 'icons', 'icon-192.png'), await square(192));
    files.set(path.join('public', 'icons', 'icon-512.png'), await square(512));
    await page.setViewportSize({ width: 1200, height: 630 });
    await page.setContent(cardHtml());
    await page.evaluate(() => document.fonts.ready);
    files.set(path.join('public', 'og-card.png'), await page.screenshot());
    return files;
  } finally {
    await browser.close();
  }
}
