/**
 * Random damage to the seed files: lines deleted, duplicated, swapped or cut short, and
 * random Unicode (control characters, full-width spaces, direction marks, Markdown marks),
 * the slips of the second round (setext underlines, headings without their space, indents,
 * footnotes, mojibake, look-alike hosts, YAML tags) or random bytes put in. Whatever comes out, validation answers "valid" or a list of
 * problems, each in the damaged file at one of its lines; it never throws.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { loadSiteContent } from '@/lib/site/load';
import { contentFolder, SEED_BULLETIN, SEED_QA } from './helpers';

type Mutation =
  | { kind: 'delete' | 'duplicate' | 'truncate'; at: number; keep: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; offset: number; text: string }
  | { kind: 'bytes'; at: number; bytes: Uint8Array };

/** Characters editors' tools and hostile files bring: control, invisible and full-width ones, and Markdown's own marks. */
const nasty = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u3000',
  '\ufffd',
  '\r',
  '\n',
  '\t',
  '#',
  '>',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '<',
  '!',
  '`',
  '（',
  '）',
  '：',
  '---',
  '信息来源',
  '<script>',
  '<!--',
  'javascript:',
  '&#0;',
  '\ud800',
  '\u202d',
  '\u2069',
  '\n---\n',
  '\n===',
  '####',
  '#### 2.',
  '    ',
  '\n```\n',
  '[^1]',
  '\n[^1]: ',
  'â€œ',
  'é”™è¯¯',
  'Ã',
  'http://аpple.com/',
  'https://xn--pple-43d.com',
  'xn--',
  ' 原文',
  '!!js/function ',
  '!!binary ',
  '!!python/object:os.system ',
  'date: 2042-02-20\n',
  '图2 ',
);
const text = fc.array(fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'truncate'), at: fc.nat(), keep: fc.nat() }),
  fc.record({ kind: fc.constant('swap'), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), offset: fc.nat(), text }),
  fc.record({ kind: fc.constant('bytes'), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }),
) as fc.Arbitrary<Mutation>;

/** The seed with the mutations applied, line by line; bytes are spliced into the UTF-8. */
function damage(seed: string, mutations: readonly Mutation[]): Uint8Array {
  const lines = seed.split('\n');
  const bytes: { line: number; bytes: Uint8Array }[] = [];
  for (const m of mutations) {
    const at = m.at % lines.length;
    const line = lines[at] ?? '';
    if (m.kind === 'delete') lines.splice(at, 1);
    else if (m.kind === 'duplicate') lines.splice(at, 0, line);
    else if (m.kind === 'truncate') lines[at] = line.slice(0, m.keep % (line.length + 1));
    else if (m.kind === 'swap') {
      const other = m.with % lines.length;
      [lines[at], lines[other]] = [lines[other] ?? '', line];
    } else if (m.kind === 'insert') {
      const offset = m.offset % (line.length + 1);
      lines[at] = line.slice(0, offset) + m.text + line.slice(offset);
    } else if (m.kind === 'bytes') bytes.push({ line: at, bytes: m.bytes });
    if (lines.length === 0) lines.push('');
  }
  const encoded = lines.map((line) => Buffer.from(line, 'utf8'));
  for (const { line, bytes: inserted } of bytes) {
    const index = line % encoded.length;
    encoded[index] = Buffer.concat([inserted, encoded[index] ?? Buffer.alloc(0)]);
  }
  return Buffer.concat(encoded.flatMap((line, i) => (i === 0 ? [line] : [Buffer.from('\n'), line])));
}

const folder = contentFolder({});
const publicDir = mkdtempSync(path.join(os.tmpdir(), 'public-'));

for (const [name, seed, file] of [
  ['bulletin', SEED_BULLETIN, 'bulletins/2024-02.md'],
  ['Q&A', SEED_QA, 'qa/digital-village-action-plan-2022-2025.md'],
] as const) {
  test.prop([fc.array(mutation, { minLength: 1, maxLength: 6 })], { numRuns: 150 })(
    `a damaged ${name} gives problems at its lines, never an exception`,
    (mutations) => {
      const dir = mkdtempSync(path.join(folder, 'run-'));
      const bytes = damage(seed, mutations);
      const full = path.join(dir, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, bytes);
      const lineCount = Buffer.from(bytes)
        .toString('utf8')
        .split(/\r\n?|\n/).length;
      const { problems } = loadSiteContent(dir, { publicDir });
      for (const problem of problems) {
        expect(problem.file.endsWith(file), problem.file).toBe(true);
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.line).toBeLessThanOrEqual(lineCount + 1);
        expect(problem.column).toBeGreaterThanOrEqual(1);
        expect(problem.message.length).toBeGreaterThan(0);
        expect(problem.messageZh.length).toBeGreaterThan(0);
        // The loader turns a checker exception into a problem so the run goes on; here it is a bug.
        expect(problem.message).not.toContain('the checker failed');
      }
    },
    60_000,
  );
}
