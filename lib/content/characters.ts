/**
 * Characters that do not belong in content: control characters anywhere (a NUL or an
 * escape code pasted from a terminal), and in titles and names the invisible ones
 * (zero-width and text-direction marks) that make two equal-looking names differ.
 * Plain scans, linear in the text.
 */

/** A character's name in each language the messages are written in. */
type Names = readonly [en: string, zh: string];

const CONTROL_NAMES: Readonly<Record<number, Names>> = {
  0: ['NUL', '空字符'],
  7: ['BEL', '响铃符'],
  8: ['backspace', '退格符'],
  12: ['form feed', '换页符'],
  27: ['ESC', '转义符'],
  127: ['DEL', '删除符'],
};

const INVISIBLE_NAMES: Readonly<Record<number, Names>> = {
  8203: ['zero-width space', '零宽空格'],
  8204: ['zero-width non-joiner', '零宽不连字'],
  8205: ['zero-width joiner', '零宽连字'],
  8206: ['left-to-right mark', '从左到右标记'],
  8207: ['right-to-left mark', '从右到左标记'],
  8288: ['word joiner', '词连接符'],
  65279: ['zero-width no-break space', '零宽不换行空格'],
};

/** Text-direction controls: they show text in another order than it is stored, so they are refused anywhere in a file. */
const BIDI_NAMES: Readonly<Record<number, Names>> = {
  8234: ['left-to-right embedding', '从左到右嵌入'],
  8235: ['right-to-left embedding', '从右到左嵌入'],
  8236: ['pop directional formatting', '方向格式结束'],
  8237: ['left-to-right override', '从左到右覆盖'],
  8238: ['right-to-left override', '从右到左覆盖'],
  8294: ['left-to-right isolate', '从左到右隔离'],
  8295: ['right-to-left isolate', '从右到左隔离'],
  8296: ['first strong isolate', '首强字符隔离'],
  8297: ['pop directional isolate', '方向隔离结束'],
};

export interface FoundCharacter {
  /** Index in the text (UTF-16 code units). */
  index: number;
  /** The character's code point. */
  code: number;
}

/** `U+2EC5`: a code point as messages name it. */
export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `U+0000 (NUL)`, `U+0000（空字符）`: a character that cannot be seen, named in a message. */
export function characterLabel(code: number, lang: 'en' | 'zh'): string {
  const point = codePointLabel(code);
  const names = CONTROL_NAMES[code] ?? INVISIBLE_NAMES[code] ?? BIDI_NAMES[code];
  if (!names) return point;
  return lang === 'en' ? `${point} (${names[0]})` : `${point}（${names[1]}）`;
}

/** C0 and C1 control characters other than tab and line breaks, and DEL. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

/** Every control character, by position. */
export function controlCharacters(text: string): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isControl(code)) found.push({ index, code });
  }
  return found;
}

/** Every text-direction control, by position. */
export function bidiControls(text: string): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (BIDI_NAMES[code]) found.push({ index, code });
  }
  return found;
}

/** The first invisible character of a title or name, if any. */
export function invisibleCharacter(text: string): FoundCharacter | undefined {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (INVISIBLE_NAMES[code]) return { index, code };
  }
  return undefined;
}

/** What the message for an invisible character in a name says: the character, and where it sits, since it cannot be seen. */
export function invisibleParams(found: FoundCharacter, text: string): { code: number; before: string } {
  return { code: found.code, before: text.slice(Math.max(0, found.index - 12), found.index) };
}
