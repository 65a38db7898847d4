/**
 * `npm run build`'s last step, on the export Next wrote (default out/, or EXPORT_DIR):
 * removes the placeholder pages that a taxonomy with no terms needs in order to build
 * (lib/static-params.ts). They are listed nowhere, and Next renders them as an error shell
 * without lang or heading; once removed, a static host answers their address with
 * 404.html, like any other unknown address. Then it adds the CMS at /admin/ (scripts/build-admin.ts).
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { NO_TERMS } from '../lib/static-params';
import { buildAdmin } from './build-admin';

/** Removes every placeholder page folder under `outDir`; returns their site paths. */
export function removePlaceholderPages(outDir: string): string[] {
  const root = path.resolve(outDir);
  const placeholders = readdirSync(root, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && entry.name === NO_TERMS,
  );
  for (const entry of placeholders) rmSync(path.join(entry.parentPath, entry.name), { recursive: true, force: true });
  return placeholders.map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}/`);
}

/** Everything this step does to an export, also for the base-path check's. */
export async function finishExport(outDir: string, basePath: string): Promise<void> {
  const removed = removePlaceholderPages(outDir);
  if (removed.length > 0) console.log(`✓ ${outDir}: removed the placeholder page(s) of empty taxonomies: ${removed.join(', ')}`);
  const admin = await buildAdmin(outDir, basePath);
  console.log(`✓ ${outDir}/admin/: Decap CMS and the admin bundle, ${admin.length} files`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await finishExport(process.env.EXPORT_DIR ?? 'out', (process.env.BASE_PATH ?? '').replace(/\/$/, ''));
}
