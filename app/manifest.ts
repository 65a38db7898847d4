import type { MetadataRoute } from 'next';
import { site, withBasePath } from '@/lib/settings';
import { THEME_COLORS } from '@/lib/theme';

export const dynamic = 'force-static';

/** The web manifest (/manifest.webmanifest): name, colours and icons for "add to home screen". */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: site.shortName,
    description: site.description,
    lang: site.locale,
    start_url: withBasePath('/'),
    scope: withBasePath('/'),
    display: 'browser',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: [
      { src: withBasePath('/icon.svg'), type: 'image/svg+xml', sizes: 'any' },
      { src: withBasePath('/icons/icon-192.png'), type: 'image/png', sizes: '192x192' },
      { src: withBasePath('/icons/icon-512.png'), type: 'image/png', sizes: '512x512' },
    ],
  };
}
