/**
 * A content file as text, or why it cannot be one: unreadable (a broken link, a folder),
 * too large, not UTF-8 (naming the encoding it most likely is), or holding control
 * characters. A BOM and CRLF line endings are valid and come back normalised.
 */
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { controlCharacters } from './characters';
import { normalizeFileText } from './file-text';
import { findLookAlikes, lookAlikeParams } from './look-alike-ideographs';
import { FILE_START, type Position, type Report } from './problems';
import type { ReadFailure } from './rules';

/** Larger than any real issue (the seed is 20 KB) and small enough to parse at once. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** More than this many control characters in one file are counted, not listed. */
const LISTED_CONTROL_CHARACTERS = 20;

/** Reads `fullPath`; reports and returns undefined when the file cannot be used as text. */
export function readContentFile(fullPath: string, report: Report): string | undefined {
  let bytes: Buffer;
  try {
    if (statSync(fullPath).size > MAX_FILE_BYTES) {
      const mb = (statSync(fullPath).size / 1024 / 1024).toFixed(1);
      report('file-size', FILE_START, { mb, max: MAX_FILE_BYTES / 1024 / 1024 });
      return undefined;
    }
    bytes = readFileSync(fullPath);
  } catch (error) {
    report('file-readable', FILE_START, readFailure(fullPath, error));
    return undefined;
  }
  const text = decodeUtf8(bytes, report);
  if (text === undefined) return undefined;
  const normalized = normalizeFileText(text);
  const controls = controlCharacters(normalized);
  for (const found of controls.slice(0, LISTED_CONTROL_CHARACTERS)) {
    report('control-character', positionAt(normalized, found.index), { code: found.code });
  }
  if (controls.length > LISTED_CONTROL_CHARACTERS) {
    const next = controls[LISTED_CONTROL_CHARACTERS] as (typeof controls)[number];
    report('control-character', positionAt(normalized, next.index), {
      code: next.code,
      more: controls.length - LISTED_CONTROL_CHARACTERS - 1,
    });
  }
  for (const found of findLookAlikes(normalized))
    report('look-alike-character', positionAt(normalized, found.index), lookAlikeParams(found));
  return normalized;
}

function readFailure(fullPath: string, error: unknown): { reason: ReadFailure; detail?: string } {
  const code = (error as NodeJS.ErrnoException).code;
  try {
    if (code === 'ENOENT' && lstatSync(fullPath).isSymbolicLink()) return { reason: 'broken-link' };
  } catch {
    // Gone altogether: the generic message below.
  }
  if (code === 'EISDIR') return { reason: 'folder' };
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'permission' };
  return { reason: 'other', detail: code ?? String(error) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array, report: Report): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    const guess = likelyEncoding(bytes);
    const at = guess.startsWith('UTF-16') ? FILE_START : bytePosition(bytes, firstInvalidUtf8(bytes));
    report('file-encoding', at, { encoding: guess });
    return undefined;
  }
}

/** Which encoding an editor's tool most likely saved: UTF-16 by its BOM or zero bytes, else the Chinese legacy encodings. */
function likelyEncoding(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  let zeros = 0;
  for (const byte of bytes) if (byte === 0) zeros++;
  if (zeros > bytes.length / 8) return 'UTF-16';
  for (const [label, name] of [
    ['gbk', 'GBK (GB 2312/GB 18030)'],
    ['big5', 'Big5'],
  ] as const) {
    try {
      new TextDecoder(label, { fatal: true }).decode(bytes);
      return name;
    } catch {
      // Not this one either.
    }
  }
  return 'another encoding';
}

/** Offset of the first byte that breaks UTF-8 (lead bytes and continuation counts; enough to place the problem). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

/** Line and column of a byte offset, counting characters of the valid text before it. */
function bytePosition(bytes: Uint8Array, offset: number): Position {
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** Line and column of an index in normalised text. */
export function positionAt(text: string, index: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}
