/**
 * What the import commands share: reading the input, printing every problem as
 * `file:line  message` (`file.pdf:第N页第M行  message`), in Chinese unless `--lang en`, and
 * writing the result, with a PDF's pictures, without clobbering an edited file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { langOption } from '../content/lang-option';
import type { Lang } from '../content/rules';
import { formatImportError, type ImportError, type ImportResult } from './errors';
import { importMessage } from './messages';

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

/**
 * Parse `<file> [--option value]… [--lang en]`; prints the usage and exits 2 on anything
 * unexpected. `lang` is the messages' language: Chinese unless `--lang en`.
 */
export function parseCommandLine(
  argv: string[],
  options: OptionSpec,
  usage: (lang: Lang) => string,
): { file: string; values: Record<string, string | boolean | undefined>; lang: Lang } {
  let lang: Lang = 'zh-CN';
  try {
    lang = langOption(argv) ?? lang;
    const parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean' }, lang: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.help) {
      console.log(usage(lang));
      process.exit(0);
    }
    if (parsed.positionals.length !== 1)
      throw new Error(importMessage(parsed.positionals.length === 0 ? 'cli-no-input' : 'cli-one-input', {}, lang));
    return { file: parsed.positionals[0] as string, values, lang };
  } catch (e) {
    // Node's own words for a bad option; ours (no input file, --lang) are already in the language asked for.
    const { code, message } = e as Error & { code?: string };
    const problem = code?.startsWith('ERR_PARSE_ARGS') ? importMessage('cli-bad-option', { detail: message }, lang) : message;
    console.error(`${problem}\n\n${usage(lang)}`);
    process.exit(2);
  }
}

export function readInput(file: string, lang: Lang): string {
  return decodeText(readBytes(file, lang));
}

/** UTF-8, the BOM kept: the importers accept it and drop it themselves. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export function readBytes(file: string, lang: Lang): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    console.error(importMessage('cli-unreadable', { file, detail: (e as Error).message }, lang));
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
  /** The original PDF, kept at its address under the public folder (/pdf/YYYY-NN.pdf). */
  original?: { url: string; bytes: Uint8Array };
  /** What the editor checks against the source (lib/import/review-summary.ts), printed last. */
  summary?: readonly string[];
}

/**
 * Print the problems and exit 1, or write `<outDir>/<fileName>` and each picture under
 * `publicDir`. Existing files are kept unless `force` (they may hold an editor's corrections
 * made after an earlier import): then nothing is written at all.
 */
export function finish(
  file: string,
  result: ImportResult<Imported>,
  options: { outDir: string; force: boolean; publicDir?: string; lang: Lang },
): void {
  const { outDir, force, publicDir = 'public', lang } = options;
  // A warning or notice, marked as one: written or not, the editor should look at it.
  const note = (notice: ImportError) =>
    formatImportError(
      file,
      {
        ...notice,
        message: importMessage('cli-note', { text: notice.message }, 'en'),
        messageZh: importMessage('cli-note', { text: notice.messageZh }, 'zh-CN'),
      },
      lang,
    );
  if (!result.ok) {
    for (const error of result.errors) console.error(formatImportError(file, error, lang));
    for (const warning of result.warnings ?? []) console.error(note(warning));
    console.error(`\n${importMessage('cli-nothing-written', { count: result.errors.length, file }, lang)}`);
    process.exit(1);
  }
  const target = path.join(outDir, result.value.fileName);
  const { original } = result.value;
  const files = [
    ...(result.value.images ?? []).map((image) => ({ target: path.join(publicDir, image.url), bytes: image.png })),
    ...(original ? [{ target: path.join(publicDir, original.url), bytes: original.bytes }] : []),
  ];
  const existing = [target, ...files.map((f) => f.target)].filter((t) => existsSync(t));
  if (existing.length > 0 && !force) {
    for (const t of existing) console.error(importMessage('cli-exists', { target: t }, lang));
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(target, result.value.markdown);
  for (const f of files) {
    mkdirSync(path.dirname(f.target), { recursive: true });
    writeFileSync(f.target, f.bytes);
  }
  console.log(importMessage('cli-wrote', { target, others: files.map((f) => f.target) }, lang));
  console.log(importMessage('cli-check-it', { target }, lang));
  const notices = result.value.notices ?? [];
  // Written in full, but an editor must act before it validates: say where and why.
  for (const notice of notices) console.warn(note(notice));
  if (result.value.summary) console.log(`\n${result.value.summary.join('\n')}`);
}
