import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/checks/chromium';

/**
 * Browser tests against the exported site in out/ (npm run build first; npm test does).
 * CHROMIUM_PATH picks the browser; by default Debian's /usr/bin/chromium when present,
 * otherwise Playwright's own download.
 */
const executablePath = chromiumPath();
const port = Number(process.env.E2E_PORT ?? 3210);
const basePath = process.env.BASE_PATH ?? '';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // axe on a long page takes seconds, and over 30 s when both cores are busy: the limit only catches hangs.
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}${basePath}/`,
    trace: 'retain-on-failure',
    locale: 'zh-CN',
    launchOptions: {
      executablePath,
      args: [...CHROMIUM_FLAGS],
    },
  },
  projects: [
    // The phone project runs only the layout checks; everything else runs once, on the desktop.
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /responsive\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, testMatch: /responsive\.spec\.ts/ },
  ],
  webServer: {
    command: 'npx tsx scripts/serve.ts',
    env: { PORT: String(port), BASE_PATH: basePath },
    url: `http://localhost:${port}${basePath}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
