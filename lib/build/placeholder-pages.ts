/**
 * Removes the placeholder pages that a taxonomy with no terms needs in order to build
 * (lib/site/pages.ts). They are listed nowhere, and Next renders them as an error shell
 * without lang or heading; once removed, a static host answers their address with 404.html,
 * like any other unknown address.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { NO_TERMS } from '../site/pages';
import type { BuildStep } from './step';

/** Removes every placeholder page folder under `outDir`; returns their site paths. */
export function removePlaceholderPages(outDir: string): string[] {
  const root = path.resolve(outDir);
  const placeholders = readdirSync(root, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && entry.name === NO_TERMS,
  );
  for (const entry of placeholders) rmSync(path.join(entry.parentPath, entry.name), { recursive: true, force: true });
  return placeholders.map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}/`);
}

export const placeholderPagesStep: BuildStep = {
  name: 'placeholder-pages',
  run({ outDir, logger }) {
    const removed = removePlaceholderPages(outDir);
    if (removed.length > 0) logger.info(`✓ ${outDir}: removed the placeholder page(s) of empty taxonomies: ${removed.join(', ')}`);
    return [];
  },
};
