/**
 * The installed tree is the locked one, and the packages whose types or module state cross
 * package boundaries are there once: two playwright-core copies made `Page` from one
 * unassignable to `Page` from the other, and two Reacts break hooks at run time.
 * `npm ls --all` fails on a package that is missing, extraneous or outside its range.
 */
import { execFileSync } from 'node:child_process';

/** One copy each: a second copy of any of these is a bug waiting, whatever its version. */
export const MUST_BE_UNIQUE = ['react', 'react-dom', '@types/react', '@types/react-dom', 'playwright-core', 'next'];

interface QueriedPackage {
  name: string;
  version: string;
  location: string;
}

/** npm's JSON output, or undefined when it printed something else (a crash, nothing). */
function parsed<T>(text: string | undefined): T | undefined {
  try {
    return JSON.parse(text ?? '') as T;
  } catch {
    return undefined;
  }
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/** Problems of the tree npm sees: its own `ls` findings and the duplicated packages. */
export function dependencyProblems(
  run = (args: string[]) => execFileSync('npm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
): string[] {
  const problems: string[] = [];
  try {
    run(['ls', '--all', '--json']);
  } catch (error) {
    const listed = parsed<{ problems?: string[] }>((error as { stdout?: string }).stdout)?.problems ?? [];
    problems.push(...(listed.length > 0 ? listed : [`npm ls failed: ${firstLine(error)}`]));
  }
  const query = MUST_BE_UNIQUE.map((name) => `#${name}`).join(', ');
  let found: QueriedPackage[];
  try {
    found = parsed<QueriedPackage[]>(run(['query', query])) ?? [];
  } catch (error) {
    return [...problems, `npm query failed: ${firstLine(error)}`];
  }
  for (const name of MUST_BE_UNIQUE) {
    const copies = found.filter((pkg) => pkg.name === name);
    if (copies.length > 1)
      problems.push(
        `${name}: ${copies.length} copies (${copies.map((pkg) => `${pkg.version} at ${pkg.location}`).join(', ')}); one is allowed`,
      );
  }
  return problems;
}
