import { ADMINISTRATIVE_SUFFIX, CITIES } from './cities';
import { REGIONS, type RegionSlug } from './regions';

/** A division found in a text, with the words that name it (for the reader to check). */
export interface RegionMention {
  region: RegionSlug;
  /** As written, in order of first appearance: 江西省, 高安市. */
  evidence: string[];
}

/**
 * Phrases that contain a place name without naming the place: skipped whole, so
 * 北京时间 is no mention of Beijing and 大理石 (marble) none of Dali.
 */
const NOT_PLACES = ['北京时间', '上海合作组织', '大理石', '秀山丽水'];

interface Pattern {
  text: string;
  region?: RegionSlug;
  /** Counts only when an administrative suffix follows. */
  needsSuffix: boolean;
}

// Longest first, so 内蒙古自治区 wins over 内蒙古 and 江西省 over 江西.
const PATTERNS: readonly Pattern[] = [
  ...REGIONS.flatMap((r) => [
    { text: r.fullName, region: r.slug, needsSuffix: false },
    { text: r.name, region: r.slug, needsSuffix: false },
  ]),
  ...CITIES.map((c) => ({ text: c.name, region: c.region, needsSuffix: !c.standalone })),
  ...NOT_PLACES.map((text) => ({ text, needsSuffix: false })),
].sort((a, b) => b.text.length - a.text.length);

/**
 * The provincial-level divisions a text names, read left to right: at each position the
 * longest known name wins and is consumed, so 上海南京路 is Shanghai and not 海南.
 * Only the tables count: a place not in them is missed rather than guessed.
 */
export function detectRegions(text: string): RegionMention[] {
  const found = new Map<RegionSlug, string[]>();
  let i = 0;
  while (i < text.length) {
    const match = matchAt(text, i);
    if (!match) {
      i += 1;
      continue;
    }
    if (match.region) {
      const evidence = found.get(match.region) ?? [];
      if (!evidence.includes(match.written)) evidence.push(match.written);
      found.set(match.region, evidence);
    }
    i += match.written.length;
  }
  return [...found.entries()].map(([region, evidence]) => ({ region, evidence }));
}

function matchAt(text: string, at: number): { region?: RegionSlug; written: string } | undefined {
  for (const pattern of PATTERNS) {
    if (!text.startsWith(pattern.text, at)) continue;
    if (!pattern.needsSuffix) return { region: pattern.region, written: pattern.text };
    const suffix = ADMINISTRATIVE_SUFFIX.exec(text.slice(at + pattern.text.length));
    if (suffix) return { region: pattern.region, written: pattern.text + suffix[0] };
  }
  return undefined;
}
