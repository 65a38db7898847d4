/**
 * Decap CMS's prebuilt bundle for /admin/, taken from its npm tarball (`npm pack`, through
 * npm's own cache) instead of being installed: the package's dependencies are Decap's
 * development tree (614 packages, with React 16–18 peers that conflict with the site's React),
 * and /admin/ uses only its dist/. The integrity pins the bytes, as a lockfile entry would.
 * To update: change the version, then set the integrity `npm view decap-cms@VERSION dist.integrity` prints.
 */

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export const DECAP_PACKAGE = {
  name: 'decap-cms',
  version: '3.16.3',
  integrity: 'sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==',
};

const CACHE = path.resolve(import.meta.dirname, '../../node_modules/.cache');

/** The folder holding Decap's dist/ files: unpacked once per version, then reused. */
export function decapDist(): string {
  const { name, version, integrity } = DECAP_PACKAGE;
  const unpacked = path.join(CACHE, `${name}-${version}`);
  const dist = path.join(unpacked, 'package', 'dist');
  if (existsSync(dist)) return dist;

  // A folder of its own, so two builds filling an empty cache at once do not share one.
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(`${unpacked}.tmp-`);
  execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', work, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = path.join(work, `${name}-${version}.tgz`);
  const actual = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (actual !== integrity) throw new Error(`${name}@${version}: the tarball's integrity is ${actual}, not the pinned ${integrity}`);
  execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/dist']);
  rmSync(tarball);
  try {
    renameSync(work, unpacked);
  } catch (error) {
    // Another build unpacked the same version first: its copy is as good as ours.
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(dist)) throw error;
  }
  return dist;
}
