/**
 * The build's last step: gives every exported HTML page its Content-Security-Policy
 * (scripts/csp/page-policy.ts), then checks each page as written. Fails the build when
 * a page runs inline code its policy cannot allow.
 *
 *   tsx scripts/csp/add-to-export.ts          the export in out/ (or EXPORT_DIR)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { policyProblems, withPolicy } from './page-policy';

const outDir = path.resolve(process.env.EXPORT_DIR ?? 'out');

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

// The stylesheets are shared by every page: a data: image in any of them is allowed site-wide.
const stylesheetDataImages = filesUnder(outDir, '.css').some((file) => /url\(\s*["']?data:/i.test(readFileSync(file, 'utf8')));

const problems: string[] = [];
const pages = filesUnder(outDir, '.html');
for (const file of pages) {
  const where = path.relative(process.cwd(), file);
  try {
    const html = withPolicy(readFileSync(file, 'utf8'), { stylesheetDataImages });
    writeFileSync(file, html);
    for (const problem of policyProblems(html)) problems.push(`${where}: ${problem}`);
  } catch (error) {
    problems.push(`${where}: ${(error as Error).message}`);
  }
}

for (const problem of problems) console.error(problem);
if (problems.length > 0 || pages.length === 0) {
  console.error(`✗ Content-Security-Policy: ${problems.length} problem(s) in ${pages.length} page(s)`);
  process.exit(1);
}
console.log(`✓ Content-Security-Policy on ${pages.length} page(s)${stylesheetDataImages ? ' (stylesheets use data: images)' : ''}`);
