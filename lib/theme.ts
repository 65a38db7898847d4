/** Where the reader's explicit choice is kept; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'theme';

export type Theme = 'light' | 'dark';

/** Page background per theme, also the browser's toolbar colour (`theme-color`). */
export const THEME_COLORS: Record<Theme, string> = { light: '#fbfaf7', dark: '#111418' };

/** The site's green (--accent in app/globals.css, light theme): the tile of the icons and the sharing card (lib/generators/icons.ts). */
export const BRAND_COLOR = '#1d6b3a';

/**
 * The `theme-color` tags carry a media query each, so they follow the system. When the
 * reader has chosen a theme, every tag takes that theme's colour so the toolbar matches
 * the page; with no choice each tag gets its own scheme's colour back.
 */
export function syncThemeColor(chosen: Theme | null): void {
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const own: Theme = meta.media.includes('dark') ? 'dark' : 'light';
    meta.content = THEME_COLORS[chosen ?? own];
  }
}

/**
 * Runs in <head> before the first paint: applies a stored choice so a dark-mode reader
 * never sees a white flash, and marks the page as scripted (`data-js`) so controls that
 * need JavaScript show only where it runs. Kept tiny and dependency-free on purpose.
 */
export const themeInitScript = `(function(){var d=document.documentElement;d.setAttribute('data-js','');try{var t=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});if(t==='light'||t==='dark')d.setAttribute('data-theme',t)}catch(e){}})();`;
