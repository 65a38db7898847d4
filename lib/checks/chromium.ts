/**
 * The Chromium every browser tool drives (Playwright's tests, Lighthouse, the bench, the icon
 * drawing): CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined so Playwright
 * falls back to a browser of its own where one is installed.
 */
import { existsSync } from 'node:fs';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

/**
 * Flags for a quiet headless run on a CI machine: no sandbox (CI runs as root), no GPU, and
 * none of Chromium's own traffic (updates, sync, QUIC probes) in the way of what is measured.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
