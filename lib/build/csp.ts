/**
 * Gives every exported HTML page its Content-Security-Policy (lib/checks/page-policy.ts),
 * then checks each page as written: a page that runs inline code its policy cannot allow
 * is a problem, and the build fails on it (a step of lib/build/pipeline.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { policyProblems, withPolicy } from '../checks/page-policy';
import { ADMIN_DIR } from '../cms/names';
import type { BuildStep } from './step';

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Writes the policy into every page under `outDir`; returns the pages and `page: problem` lines.
 * The CMS's page at /admin/ is not the site's: it keeps the policy it was written with (lib/cms/admin-page.ts).
 */
export function addContentSecurityPolicies(outDir: string): { pages: number; dataImages: boolean; problems: string[] } {
  const root = path.resolve(outDir);
  // The stylesheets are shared by every page: a data: image in any of them is allowed site-wide.
  const dataImages = filesUnder(root, '.css').some((file) => /url\(\s*["']?data:/i.test(readFileSync(file, 'utf8')));
  const problems: string[] = [];
  const pages = filesUnder(root, '.html').filter((file) => !file.startsWith(path.join(root, ADMIN_DIR, path.sep)));
  for (const file of pages) {
    const where = path.relative(process.cwd(), file);
    try {
      const html = withPolicy(readFileSync(file, 'utf8'), { stylesheetDataImages: dataImages });
      writeFileSync(file, html);
      for (const problem of policyProblems(html)) problems.push(`${where}: ${problem}`);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
    }
  }
  if (pages.length === 0) problems.push(`${outDir}: no HTML pages`);
  return { pages: pages.length, dataImages, problems };
}

export const cspStep: BuildStep = {
  name: 'csp',
  run({ outDir, logger }) {
    const csp = addContentSecurityPolicies(outDir);
    if (csp.problems.length > 0) return [...csp.problems, `✗ Content-Security-Policy: ${csp.problems.length} problem(s)`];
    logger.info(`✓ Content-Security-Policy on ${csp.pages} page(s)${csp.dataImages ? ' (stylesheets use data: images)' : ''}`);
    return [];
  },
};
