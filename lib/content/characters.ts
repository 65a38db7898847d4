/**
 * Characters that do not belong in content: control characters anywhere (a NUL or an
 * escape code pasted from a terminal), and in titles and names the invisible ones
 * (zero-width and text-direction marks) that make two equal-looking names differ.
 * Plain scans, linear in the text.
 */

const CONTROL_NAMES: Readonly<Record<number, string>> = { 0: 'NUL', 7: 'BEL', 8: 'backspace', 12: 'form feed', 27: 'ESC', 127: 'DEL' };

const INVISIBLE_NAMES: Readonly<Record<number, string>> = {
  8203: 'zero-width space',
  8204: 'zero-width non-joiner',
  8205: 'zero-width joiner',
  8206: 'left-to-right mark',
  8207: 'right-to-left mark',
  8288: 'word joiner',
  65279: 'zero-width no-break space',
};

/** Text-direction controls: they show text in another order than it is stored, so they are refused anywhere in a file. */
const BIDI_NAMES: Readonly<Record<number, string>> = {
  8234: 'left-to-right embedding',
  8235: 'right-to-left embedding',
  8236: 'pop directional formatting',
  8237: 'left-to-right override',
  8238: 'right-to-left override',
  8294: 'left-to-right isolate',
  8295: 'right-to-left isolate',
  8296: 'first strong isolate',
  8297: 'pop directional isolate',
};

export interface FoundCharacter {
  /** Index in the text (UTF-16 code units). */
  index: number;
  /** `U+0000 (NUL)` */
  label: string;
}

const codePointLabel = (code: number, name: string | undefined) =>
  `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;

/** C0 and C1 control characters other than tab and line breaks, and DEL. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

/** Every control character, by position. */
export function controlCharacters(text: string): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isControl(code)) found.push({ index, label: codePointLabel(code, CONTROL_NAMES[code]) });
  }
  return found;
}

/** Every text-direction control, by position. */
export function bidiControls(text: string): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const name = BIDI_NAMES[code];
    if (name) found.push({ index, label: codePointLabel(code, name) });
  }
  return found;
}

/** The first invisible character of a title or name, if any. */
export function invisibleCharacter(text: string): FoundCharacter | undefined {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const name = INVISIBLE_NAMES[code];
    if (name) return { index, label: codePointLabel(code, name) };
  }
  return undefined;
}

/** The message for an invisible character in a name: where it sits, since it cannot be seen. */
export function invisibleMessage(found: FoundCharacter, text: string): string {
  const before = text.slice(Math.max(0, found.index - 12), found.index);
  return `invisible character ${found.label} ${before ? `after "${before}"` : 'at the start'}: delete it`;
}
