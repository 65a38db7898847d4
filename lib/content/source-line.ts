/**
 * The line that closes every item: `（信息来源：新华社）`, in full- or half-width brackets
 * and colon, spaces (a full-width one too) allowed around the parts. Read by plain string
 * scanning: a backtracking pattern took minutes on a line padded with spaces.
 */

const OPENING = new Set(['（', '(']);
const CLOSING = new Set(['）', ')']);
const LABEL = '信息来源';

/** The source named by a source line (possibly blank), or undefined when the text is no source line. */
export function parseSourceLine(text: string): { name: string } | undefined {
  const line = text.trim();
  if (!OPENING.has(line[0] ?? '') || !CLOSING.has(line.at(-1) ?? '')) return undefined;
  const inner = line.slice(1, -1).trim();
  if (!inner.startsWith(LABEL)) return undefined;
  const rest = inner.slice(LABEL.length).trimStart();
  if (rest[0] !== ':' && rest[0] !== '：') return undefined;
  return { name: rest.slice(1).trim() };
}
