/**
 * Look-alike addresses: a host whose name mixes Latin, Cyrillic and Greek letters (`аpple.com`
 * with a Cyrillic а) reads as one address and leads to another. A name in one script, Chinese or
 * Cyrillic or Latin, is fine. Names are checked as written and as punycode (`xn--pple-43d.com`).
 */

/** The scripts whose letters look alike, as the messages name them. */
export const CONFUSABLE_SCRIPTS = ['Latin', 'Cyrillic', 'Greek'] as const;
export type ConfusableScript = (typeof CONFUSABLE_SCRIPTS)[number];

const SCRIPT_PATTERNS: Readonly<Record<ConfusableScript, RegExp>> = {
  Latin: /\p{Script=Latin}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Greek: /\p{Script=Greek}/u,
};

export interface MixedHost {
  host: string;
  scripts: ConfusableScript[];
  /** A letter of the script with the fewest letters: the one that does not belong. */
  letter: string;
}

/** The host of an absolute address as written (`scheme://user@host:port/…`), or undefined. */
function hostOf(url: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#\s]*@)?([^:/?#\s]+)/i.exec(url.trim())?.[1];
}

/** A host whose labels mix look-alike scripts; undefined for any other address. */
export function mixedScriptHost(url: string): MixedHost | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  for (const written of host.split(/[.。．｡]/)) {
    const label = written.toLowerCase().startsWith('xn--') ? (decodePunycode(written.slice(4)) ?? written) : written;
    const letters = new Map<ConfusableScript, string[]>();
    for (const char of label) {
      const script = CONFUSABLE_SCRIPTS.find((name) => SCRIPT_PATTERNS[name].test(char));
      if (script) letters.set(script, [...(letters.get(script) ?? []), char]);
    }
    if (letters.size < 2) continue;
    // The letter that does not belong is one of the script with the fewest letters.
    const fewest = [...letters.values()].reduce((a, b) => (b.length < a.length ? b : a));
    return { host: label === written ? host : `${host} (${label})`, scripts: [...letters.keys()], letter: fewest[0] as string };
  }
  return undefined;
}

/** RFC 3492 parameters. */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + 38));
}

/** A punycode label (without `xn--`) as Unicode; undefined when it is not valid punycode. */
export function decodePunycode(input: string): string | undefined {
  const basic = input.lastIndexOf('-');
  const output = basic > 0 ? [...input.slice(0, basic)].map((c) => c.codePointAt(0) as number) : [];
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let pos = basic > 0 ? basic + 1 : 0; pos < input.length; ) {
    const old = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      const c = input.charCodeAt(pos++);
      const digit = c >= 48 && c <= 57 ? c - 22 : c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 97 : BASE;
      if (digit >= BASE) return undefined;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > 0x10ffff * BASE) return undefined;
    }
    const points = output.length + 1;
    bias = adapt(i - old, points, old === 0);
    n += Math.floor(i / points);
    i %= points;
    if (n > 0x10ffff) return undefined;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}
