/**
 * `next build` in a process of its own, with the settings next.config.mjs and the pages read
 * from the environment. Its output goes straight to the build's (the bench reads Next's own
 * compile and page-generation times from it).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { BuildSettings, BuildStep } from './step';

const require = createRequire(import.meta.url);

/** The environment Next's configuration (next.config.mjs) and the site layer read. */
export function nextBuildEnv({ outDir, contentDir, basePath, siteUrl }: BuildSettings): Record<string, string> {
  return { BASE_PATH: basePath, SITE_URL: siteUrl, CONTENT_DIR: contentDir, OUT_DIR: outDir, NEXT_TELEMETRY_DISABLED: '1' };
}

export const nextBuildStep: BuildStep = {
  name: 'next-build',
  run: (context) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
        env: { ...process.env, ...nextBuildEnv(context) },
        stdio: 'inherit',
      });
      child.on('error', reject);
      child.on('close', (code, signal) => resolve(code === 0 ? [] : [`✗ next build stopped (${signal ?? `exit code ${code}`})`]));
    }),
};
