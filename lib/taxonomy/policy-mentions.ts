import { nameKey } from './slug';

/** One 《…》 mention of a policy: its full title, and the short name used when the text used one. */
export interface PolicyMention {
  title: string;
  /** 行动计划 when the text wrote 《行动计划》 after defining it as short for this title. */
  shortName?: string;
}

/** `（以下简称《通知》）` right after a title's closing 》, either width of bracket. */
const SHORT_NAME_DEFINITION = /^\s*[（(]\s*(?:以下简称|下称|简称)\s*《([^《》]+)》\s*[）)]/;

/** Every 《…》 title in a text with where it ends, outermost brackets only (《…〈…〉…》 stays one title). */
export function bookTitles(text: string): { title: string; end: number }[] {
  const titles: { title: string; end: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '《') {
      if (depth === 0) start = i + 1;
      depth += 1;
    } else if (char === '》' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        const title = text.slice(start, i).trim();
        if (title) titles.push({ title, end: i + 1 });
      }
    }
  }
  return titles;
}

/**
 * The documents each text of one scope (an item, or a whole Q&A article) cites. A short
 * name defined anywhere in the scope ("《…》（以下简称《行动计划》）") stands for its full
 * title everywhere in that scope, before or after the definition; nothing else is
 * guessed, so an undefined 《通知》 stays the title 通知.
 */
export function policyMentions(scope: readonly string[]): PolicyMention[][] {
  const shortNames = new Map<string, string>();
  for (const text of scope) {
    for (const { title, end } of bookTitles(text)) {
      const definition = SHORT_NAME_DEFINITION.exec(text.slice(end));
      const short = definition?.[1]?.trim();
      if (short && nameKey(short) !== nameKey(title) && !shortNames.has(nameKey(short))) shortNames.set(nameKey(short), title);
    }
  }
  return scope.map((text) => {
    const cited = new Map<string, PolicyMention>();
    for (const { title } of bookTitles(text)) {
      const full = shortNames.get(nameKey(title));
      const citation: PolicyMention = full ? { title: full, shortName: title } : { title };
      const key = nameKey(citation.title);
      if (!cited.has(key) || (cited.get(key)?.shortName && !citation.shortName)) cited.set(key, citation);
    }
    return [...cited.values()];
  });
}
