'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { syncThemeColor, THEME_STORAGE_KEY, type Theme } from '@/lib/theme';

const CHANGE_EVENT = 'themechange';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function systemTheme(): Theme {
  return darkQuery().matches ? 'dark' : 'light';
}

/** The theme in effect: the reader's choice (data-theme, set before paint) or the system's. */
function currentTheme(): Theme {
  const chosen = document.documentElement.getAttribute('data-theme');
  return chosen === 'light' || chosen === 'dark' ? chosen : systemTheme();
}

function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    query.removeEventListener('change', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** Choosing what the system already shows forgets the choice, so the site follows the system again. */
function choose(theme: Theme) {
  const root = document.documentElement;
  try {
    if (theme === systemTheme()) localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage may be blocked; the choice still holds for this page.
  }
  if (theme === systemTheme()) root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Dark mode on or off; hidden where JavaScript does not run (see themeInitScript). */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null);
  const dark = theme === 'dark';
  useEffect(() => {
    if (theme === null) return;
    const chosen = document.documentElement.getAttribute('data-theme');
    syncThemeColor(chosen === 'light' || chosen === 'dark' ? chosen : null);
  }, [theme]);
  return (
    <button
      type="button"
      className="js-only theme-toggle inline-flex h-9 min-w-9 items-center justify-center gap-1 rounded border border-line px-2 text-sm"
      aria-pressed={theme === null ? undefined : dark}
      onClick={() => choose(dark ? 'light' : 'dark')}
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      {/* On a phone the icon alone; the name stays for screen readers. */}
      <span className="sr-only sm:not-sr-only">深色模式</span>
    </button>
  );
}
