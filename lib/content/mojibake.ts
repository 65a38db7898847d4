/**
 * Mojibake: UTF-8 text that was once read as Windows-1252 (`â€œ` for “, `é”™è¯¯` for 错误) or
 * as GBK (`閿欒` for 错误) and saved again. Such a run is the UTF-8 bytes of the meant text, one
 * Windows-1252 character a byte or one GBK character two, so it is found by turning the run back
 * into those bytes: only mojibake decodes as UTF-8, and the result is the text that was meant.
 * Ordinary Chinese turned into GBK bytes is almost never valid UTF-8 for three characters on end
 * (none in 350,000 characters of opencc's dictionaries), which is the bar for GBK. Linear scans.
 */

/** Windows-1252's characters for bytes 0x80–0x9F (the five it leaves undefined map to themselves). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>([...CP1252_HIGH].map((char, i) => [char, 0x80 + i]));
for (let byte = 0xa0; byte <= 0xff; byte++) BYTE_OF.set(String.fromCharCode(byte), byte);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 character spelt by the Windows-1252 characters at `index`, with how many it took; undefined if none. */
function decodedAt(text: string, index: number): { char: string; length: number } | undefined {
  const lead = BYTE_OF.get(text[index] ?? '');
  if (lead === undefined) return undefined;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0) return undefined;
  const bytes = [lead];
  for (let k = 1; k < length; k++) {
    const byte = BYTE_OF.get(text[index + k] ?? '');
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return undefined;
    bytes.push(byte);
  }
  try {
    return { char: utf8.decode(new Uint8Array(bytes)), length };
  } catch {
    return undefined;
  }
}

/** GBK's two bytes for each character it has, built on first use. */
let gbkBytes: Map<string, readonly [number, number]> | undefined;

function gbkTable(): Map<string, readonly [number, number]> {
  if (gbkBytes) return gbkBytes;
  const gbk = new TextDecoder('gbk');
  gbkBytes = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = gbk.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !gbkBytes.has(char)) gbkBytes.set(char, [lead, trail]);
    }
  }
  return gbkBytes;
}

/** Han characters a run of GBK mojibake must spell before it counts: fewer turn up by chance. */
const GBK_MIN_HAN = 3;

/** Length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
const sequenceLength = (lead: number) =>
  lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;

/** The code point of one whole UTF-8 sequence, or undefined when it is not one (checked by hand: this runs on every character). */
function codePointOf(bytes: readonly number[]): number | undefined {
  const [lead = 0, ...rest] = bytes;
  if (rest.some((byte) => byte < 0x80 || byte > 0xbf)) return undefined;
  const value = rest.reduce((code, byte) => (code << 6) | (byte & 0x3f), lead & (0xff >> (bytes.length + 1)));
  const least = [0, 0, 0x80, 0x800, 0x10000][bytes.length] ?? 0;
  if (value < least || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return undefined;
  return value;
}

/**
 * The UTF-8 text spelt by the GBK bytes of the characters from `index`: as many whole
 * characters as decode, with how many GBK characters they took. Stops at the first byte
 * that breaks UTF-8, so ordinary text costs a character or two.
 */
function gbkDecodedAt(text: string, index: number): { meant: string; length: number } {
  const table = gbkTable();
  const bytes: number[] = [];
  let meant = '';
  let used = 0;
  let at = index;
  while (at < text.length) {
    const pair = table.get(text[at] as string);
    if (!pair) break;
    bytes.push(pair[0], pair[1]);
    at++;
    // Decode every whole sequence now held; a sequence cut by the end of a character waits for the next.
    while (bytes.length > 0) {
      const length = sequenceLength(bytes[0] as number);
      if (length < 2) return { meant, length: used };
      if (bytes.length < length) break;
      const code = codePointOf(bytes.splice(0, length));
      if (code === undefined) return { meant, length: used };
      meant += String.fromCodePoint(code);
      used = at - index - (bytes.length > 0 ? 1 : 0);
    }
  }
  return { meant, length: used };
}

function findGbkMojibake(text: string): Mojibake[] {
  const found: Mojibake[] = [];
  let index = 0;
  while (index < text.length) {
    const { meant, length } = text.charCodeAt(index) > 0x7f ? gbkDecodedAt(text, index) : { meant: '', length: 0 };
    if ((meant.match(/\p{Script=Han}/gu) ?? []).length >= GBK_MIN_HAN) {
      found.push({ index, text: text.slice(index, index + length), meant, encoding: 'GBK' });
      index += Math.max(length, 1);
    } else index++;
  }
  return found;
}

export interface Mojibake {
  /** Index of the run in the text. */
  index: number;
  /** The run as written, `é”™è¯¯`. */
  text: string;
  /** What it meant, `错误`. */
  meant: string;
  /** The encoding it was read as. */
  encoding: 'Windows-1252' | 'GBK';
}

/** Every run of mojibake in the text, by position. */
export function findMojibake(text: string): Mojibake[] {
  return [...findCp1252Mojibake(text), ...findGbkMojibake(text)].sort((a, b) => a.index - b.index);
}

function findCp1252Mojibake(text: string): Mojibake[] {
  const found: Mojibake[] = [];
  let index = 0;
  while (index < text.length) {
    let end = index;
    let meant = '';
    for (let next = decodedAt(text, end); next; next = decodedAt(text, end)) {
      meant += next.char;
      end += next.length;
    }
    if (end > index) {
      found.push({ index, text: text.slice(index, end), meant, encoding: 'Windows-1252' });
      index = end;
    } else index++;
  }
  return found;
}
