/**
 * What the import commands share: reading the input, printing every problem as
 * `file:line  message` (`file.pdf:page N:line M  message`), and writing the result, with a
 * PDF's pictures, without clobbering an edited file.
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
  return decodeText(readBytes(file));
}

/** UTF-8, the BOM kept: the importers accept it and drop it themselves. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export function readBytes(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    console.error(`${file}: cannot read: ${(e as Error).message}`);
    process.exit(1);
  }
}

/** What an importer hands over to be written: the Markdown file and, from a PDF, its pictures. */
interface Imported {
  fileName: string;
  markdown: string;
  notices?: readonly ImportError[];
  /** `url` is the picture's address on the site, /images/…, written under the public folder. */
  images?: readonly { url: string; png: Uint8Array }[];
}

/**
 * Print the problems and exit 1, or write `<outDir>/<fileName>` and each picture under
 * `publicDir`. Existing files are kept unless `force` (they may hold an editor's corrections
 * made after an earlier import): then nothing is written at all.
 */
export function finish(file: string, result: ImportResult<Imported>, outDir: string, force: boolean, publicDir = 'public'): void {
  if (!result.ok) {
    for (const error of result.errors) console.error(formatImportError(file, error));
    for (const warning of result.warnings ?? [])
      console.error(formatImportError(file, { ...warning, message: `note: ${warning.message}` }));
    console.error(`\n✗ ${result.errors.length} problem(s): nothing written. Fix ${file} and run again.`);
    process.exit(1);
  }
  const target = path.join(outDir, result.value.fileName);
  const pictures = (result.value.images ?? []).map((image) => ({ target: path.join(publicDir, image.url), png: image.png }));
  const existing = [target, ...pictures.map((picture) => picture.target)].filter((t) => existsSync(t));
  if (existing.length > 0 && !force) {
    for (const t of existing)
      console.error(`${t} already exists: pass --force to overwrite it (it may hold corrections made after an earlier import)`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(target, result.value.markdown);
  for (const picture of pictures) {
    mkdirSync(path.dirname(picture.target), { recursive: true });
    writeFileSync(picture.target, picture.png);
  }
  console.log(`✓ wrote ${target}${pictures.length > 0 ? ` and ${pictures.map((p) => p.target).join(', ')}` : ''}`);
  console.log(`  check it with: npm run validate -- ${target}`);
  const notices = result.value.notices ?? [];
  // Written in full, but an editor must act before it validates: say where and why.
  for (const notice of notices) console.warn(formatImportError(file, { ...notice, message: `note: ${notice.message}` }));
}
