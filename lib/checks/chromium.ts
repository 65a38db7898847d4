/**
 * The Chromium every browser tool drives (Playwright's tests, Lighthouse, the bench, the icon
 * drawing): CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined so Playwright
 * falls back to a browser of its own where one is installed.
 */
import { existsSync } from 'node:fs';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}
