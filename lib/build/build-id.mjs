/**
 * Next's build id, derived from what the build reads instead of Next's random default, so
 * the same commit and content export byte-identical files (npm run check:reproducible).
 * Plain JavaScript: next.config.mjs imports it before any TypeScript loader exists.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders and files whose bytes make the site (generated folders such as .next/ are not inputs). */
const INPUTS = ['app', 'components', 'lib', 'public', 'package.json', 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json'];

/** Every file under `entry`, relative to the project, sorted so the order never depends on the file system. */
function filesOf(root, entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(root, path.join(dirent.parentPath, dirent.name)));
}

/**
 * sha256 over the names and bytes of the sources, the content folder and the settings that
 * change the output (base path, site URL), first 16 hex digits. No time, no absolute path.
 * @param {{ root?: string, contentDir: string, settings: Record<string, string> }} options
 * @returns {string}
 */
export function inputsBuildId({ root = process.cwd(), contentDir, settings }) {
  const hash = createHash('sha256');
  const sources = INPUTS.flatMap((entry) => filesOf(root, entry)).map((file) => ({ name: file, file: path.join(root, file) }));
  const content = filesOf(contentDir, '.').map((file) => ({ name: `content/${file}`, file: path.join(contentDir, file) }));
  for (const { name, file } of [...sources, ...content].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${name.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  for (const key of Object.keys(settings).sort()) hash.update(`${key}=${settings[key]}\0`);
  return hash.digest('hex').slice(0, 16);
}
