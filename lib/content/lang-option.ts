import { LANGS, type Lang } from './rules';

/**
 * The message language asked for on a command line: `--lang en`, `--lang=zh-CN` (`zh` is
 * accepted for zh-CN). Undefined when not asked; throws on a language the catalogue lacks.
 */
export function langOption(args: readonly string[]): Lang | undefined {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index === -1) return undefined;
  const arg = args[index] as string;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[index + 1] ?? '');
  const lang = value === 'zh' ? 'zh-CN' : value;
  if (!(LANGS as readonly string[]).includes(lang)) throw new Error(`--lang ${value}: expected one of ${LANGS.join(', ')}`);
  return lang as Lang;
}

/** The language asked for, or the exit of a command line that asked for one the catalogue lacks: a message, not a stack trace. */
export function langOptionOrExit(args: readonly string[]): Lang | undefined {
  try {
    return langOption(args);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

/** The arguments without the --lang option and its value. */
export function withoutLangOption(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang') i++;
    else if (!args[i]?.startsWith('--lang=')) out.push(args[i] as string);
  }
  return out;
}
