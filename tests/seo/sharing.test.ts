import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../app/manifest';
import { pageMetadata, sharingCard } from '../../lib/seo/metadata';
import { site } from '../../lib/settings';
import { THEME_COLORS } from '../../lib/theme';

const root = path.resolve(import.meta.dirname, '../..');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(root, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('sharing card and icons', () => {
  it('every page shares the 1200×630 card as og:image and a large Twitter card', () => {
    const metadata = pageMetadata({ path: '/bulletins/2024-02/', title: '2024年第2期', description: '…', type: 'article' });
    expect(metadata.openGraph?.images).toEqual([sharingCard()]);
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [sharingCard()] });
    expect(sharingCard()).toMatchObject({ url: `${site.url}${site.basePath}/og-card.png`, width: 1200, height: 630 });
    expect(pngSize('public/og-card.png')).toEqual({ width: 1200, height: 630 });
  });

  it('the icon files have the sizes the manifest and the links declare', () => {
    expect(pngSize('app/apple-icon.png')).toEqual({ width: 180, height: 180 });
    expect(pngSize('public/icons/icon-192.png')).toEqual({ width: 192, height: 192 });
    expect(pngSize('public/icons/icon-512.png')).toEqual({ width: 512, height: 512 });
    const ico = readFileSync(path.join(root, 'app/favicon.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4), ico[6], ico[22]]).toEqual([1, 2, 16, 32]);
  });

  it('the web manifest names the site and takes its colours from lib/theme.ts', () => {
    const webManifest = manifest();
    expect(webManifest).toMatchObject({
      name: site.name,
      short_name: site.shortName,
      background_color: THEME_COLORS.light,
      theme_color: THEME_COLORS.light,
    });
    expect(webManifest.icons?.map((icon) => icon.sizes)).toEqual(['any', '192x192', '512x512']);
  });
});
