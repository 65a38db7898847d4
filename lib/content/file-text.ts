/**
 * Raw file text as editors' tools save it: a UTF-8 BOM and CRLF (or lone CR) line endings
 * are valid input. Normalising here keeps every later line number right.
 */
export function normalizeFileText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export interface SplitFile {
  /** The YAML between the `---` fences, or null when the file has none. */
  yaml: string | null;
  /** 1-based file line of the first YAML line. */
  yamlLine: number;
  /**
   * The Markdown body, padded with one empty line per front matter line so that
   * line numbers in the body are file line numbers.
   */
  body: string;
  /** Whether an opening fence was found without a closing one. */
  unclosed: boolean;
}

export function splitFrontMatter(text: string): SplitFile {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { yaml: null, yamlLine: 1, body: text, unclosed: false };
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close === -1) return { yaml: lines.slice(1).join('\n'), yamlLine: 2, body: '', unclosed: true };
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n'),
    unclosed: false,
  };
}

/** The file line of a top-level front matter key (`date:`), or undefined when it is not written. */
export function frontMatterKeyLine(text: string, key: string): number | undefined {
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  const index = lines.slice(0, close === -1 ? lines.length : close).findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}
