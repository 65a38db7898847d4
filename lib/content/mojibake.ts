/**
 * Mojibake: UTF-8 text that was once read as Windows-1252 (`â€œ` for “, `é”™è¯¯` for 错误)
 * and saved again. Each such run is the UTF-8 bytes of the meant text, one Windows-1252
 * character a byte, so it is found by reading a run of those characters back as bytes: only
 * mojibake decodes as UTF-8 (a lead byte Â–ô, then continuation bytes), and the result is
 * the text that was meant. A linear scan.
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

export interface Mojibake {
  /** Index of the run in the text. */
  index: number;
  /** The run as written, `é”™è¯¯`. */
  text: string;
  /** What it meant, `错误`. */
  meant: string;
}

/** Every run of mojibake in the text. */
export function findMojibake(text: string): Mojibake[] {
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
      found.push({ index, text: text.slice(index, end), meant });
      index = end;
    } else index++;
  }
  return found;
}
