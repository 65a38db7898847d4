/**
 * What the two import commands share: reading the input, printing every problem as
 * `file:line  message`, and writing the result without clobbering an edited file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatImportError, type ImportError, type ImportResult } from './errors';

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

/** Parse `<file> [--option value]…`; prints the usage and exits 2 on anything unexpected. */
export function parseCommandLine(
  argv: string[],
  options: OptionSpec,
  usage: string,
): { file: string; values: Record<string, string | boolean | undefined> } {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    if (parsed.positionals.length !== 1) throw new Error(parsed.positionals.length === 0 ? 'no input file' : 'one input file at a time');
    return { file: parsed.positionals[0] as string, values };
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

export function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read: ${(e as Error).message}`);
    process.exit(1);
  }
}

/**
 * Print the problems and exit 1, or write `<outDir>/<fileName>`. An existing file is kept
 * unless `force`: it may hold an editor's corrections made after an earlier import.
 */
export function finish(
  file: string,
  result: ImportResult<{ fileName: string; markdown: string; notices?: readonly ImportError[] }>,
  outDir: string,
  force: boolean,
): void {
  if (!result.ok) {
    for (const error of result.errors) console.error(formatImportError(file, error));
    console.error(`\n✗ ${result.errors.length} problem(s): nothing written. Fix ${file} and run again.`);
    process.exit(1);
  }
  const target = path.join(outDir, result.value.fileName);
  if (existsSync(target) && !force) {
    console.error(`${target} already exists: pass --force to overwrite it (it may hold corrections made after an earlier import)`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(target, result.value.markdown);
  console.log(`✓ wrote ${target}\n  check it with: npm run validate -- ${target}`);
  const notices = result.value.notices ?? [];
  // Written in full, but an editor must act before it validates: say where and why.
  for (const notice of notices) console.warn(formatImportError(file, { ...notice, message: `note: ${notice.message}` }));
}
