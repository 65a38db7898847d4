/** Where the reader's explicit choice is kept; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'theme';

export type Theme = 'light' | 'dark';

/**
 * Runs in <head> before the first paint: applies a stored choice so a dark-mode reader
 * never sees a white flash, and marks the page as scripted (`data-js`) so controls that
 * need JavaScript show only where it runs. Kept tiny and dependency-free on purpose.
 */
export const themeInitScript = `(function(){var d=document.documentElement;d.setAttribute('data-js','');try{var t=localStorage.getItem(${JSON.stringify(
  THEME_STORAGE_KEY,
)});if(t==='light'||t==='dark')d.setAttribute('data-theme',t)}catch(e){}})();`;
