/**
 * `npm run build`'s last step, on the export Next wrote (default out/, or OUT_DIR):
 * 1. removes the placeholder pages that a taxonomy with no terms needs in order to build
 *    (lib/static-params.ts). They are listed nowhere, and Next renders them as an error shell
 *    without lang or heading; once removed, a static host answers their address with
 *    404.html, like any other unknown address;
 * 2. writes the reference files (.bib, .ris) of every item and Q&A article beside its page
 *    (lib/cite/site-citations.ts), with the build's SITE_URL, BASE_PATH and CONTENT_DIR;
 * 3. writes the open data files under /data/ (lib/open-data/), described by the /data/ page;
 * 4. gives every page its hash-based Content-Security-Policy (lib/build/csp.ts), and fails
 *    when a page holds inline code no hash can allow;
 * 5. adds the CMS at /admin/ (lib/build/admin.ts), whose page has a policy of its own.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAdmin } from '../lib/build/admin';
import { addContentSecurityPolicies } from '../lib/build/csp';
import { citationFiles } from '../lib/cite/site-citations';
import { contentDir } from '../lib/content/content-dir';
import { type DataFile, dataFilePath, openDataFiles } from '../lib/open-data/files';
import { absoluteUrl } from '../lib/site';
import { loadSiteContent } from '../lib/site-content';
import { NO_TERMS } from '../lib/static-params';
import { buildTaxonomies } from '../lib/taxonomy/build';

/** Removes every placeholder page folder under `outDir`; returns their site paths. */
export function removePlaceholderPages(outDir: string): string[] {
  const root = path.resolve(outDir);
  const placeholders = readdirSync(root, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && entry.name === NO_TERMS,
  );
  for (const entry of placeholders) rmSync(path.join(entry.parentPath, entry.name), { recursive: true, force: true });
  return placeholders.map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}/`);
}

/** Writes the reference files of the content in `content` under `outDir`; returns how many. */
export function writeCitationFiles(outDir: string, content: string): number {
  const { bulletins, qas } = loadSiteContent(content);
  const files = citationFiles(bulletins, qas);
  for (const file of files) {
    const target = path.join(outDir, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.body);
  }
  return files.length;
}

/** Writes the open data files of the content in `content` under `outDir`/data/; returns them. */
export function writeOpenDataFiles(outDir: string, content: string): DataFile[] {
  const { bulletins, qas } = loadSiteContent(content);
  const files = openDataFiles({ bulletins, qas, taxonomies: buildTaxonomies(bulletins, qas), absoluteUrl });
  for (const file of files) {
    const target = path.join(outDir, ...dataFilePath(file.name).split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.body);
  }
  return files;
}

/** Every step on one export (`basePath` as the build saw it); returns the problems that must stop the build. */
export async function finishExport(outDir: string, content: string = contentDir(), basePath = ''): Promise<string[]> {
  const removed = removePlaceholderPages(outDir);
  if (removed.length > 0) console.log(`✓ ${outDir}: removed the placeholder page(s) of empty taxonomies: ${removed.join(', ')}`);
  console.log(`✓ ${writeCitationFiles(outDir, content)} reference files (.bib, .ris)`);
  const data = writeOpenDataFiles(outDir, content);
  console.log(`✓ open data: ${data.map((file) => `${file.name} (${file.body.length} B)`).join(', ')}`);
  const csp = addContentSecurityPolicies(outDir);
  if (csp.problems.length > 0) return csp.problems;
  console.log(`✓ Content-Security-Policy on ${csp.pages} page(s)${csp.dataImages ? ' (stylesheets use data: images)' : ''}`);
  const admin = await buildAdmin(outDir, basePath);
  console.log(`✓ ${outDir}/admin/: Decap CMS, pdf.js and the admin bundle, ${admin.length} files`);
  return [];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = await finishExport(process.env.OUT_DIR ?? 'out', contentDir(), (process.env.BASE_PATH ?? '').replace(/\/$/, ''));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`✗ Content-Security-Policy: ${problems.length} problem(s)`);
    process.exit(1);
  }
}
