import { fallbackSlug, nameKey } from './slug';

/** A news source (信息来源 / 文章来源) with the readable ASCII slug chosen for it. */
export interface KnownSource {
  name: string;
  slug: string;
}

/**
 * Readable slugs for the sources the bulletin cites. A source missing here still gets a
 * page, under a stable hash (`src-3f9a2c`); adding a line here gives it a readable one.
 * Slugs are permanent addresses: change one only with a redirect.
 */
export const KNOWN_SOURCES = [
  { name: '新华社', slug: 'xinhua' },
  { name: '新华网', slug: 'xinhuanet' },
  { name: '人民日报', slug: 'peoples-daily' },
  { name: '人民网', slug: 'people-cn' },
  { name: '央视新闻', slug: 'cctv-news' },
  { name: '央广网', slug: 'cnr' },
  { name: '光明网', slug: 'gmw' },
  { name: '经济日报', slug: 'economic-daily' },
  { name: '农民日报', slug: 'farmers-daily' },
  { name: '中国政府网', slug: 'gov-cn' },
  { name: '网信中国', slug: 'wangxin-zhongguo' },
  { name: '中国网信网', slug: 'cac-gov-cn' },
  { name: '农业农村部官网', slug: 'moa-website' },
  { name: '农业农村部微信公众号', slug: 'moa-wechat' },
  { name: '农业农村部信息中心', slug: 'moa-information-center' },
  { name: '工业和信息化部官网', slug: 'miit-website' },
  { name: '商务部官网', slug: 'mofcom-website' },
  { name: '国家乡村振兴局官网', slug: 'nrra-website' },
  { name: '山西网信网', slug: 'shanxi-cac' },
  { name: '网信湖南', slug: 'hunan-cac' },
  { name: '宜春市共青团微信公众号', slug: 'yichun-youth-league-wechat' },
  { name: '陕西网', slug: 'shaanxi-net' },
] as const satisfies readonly KnownSource[];

const byKey = new Map<string, string>(KNOWN_SOURCES.map((s) => [nameKey(s.name), s.slug]));

/** The URL segment of a source: its hand-chosen slug, else `src-` and a stable hash of the name. */
export function sourceSlug(name: string): string {
  return byKey.get(nameKey(name)) ?? fallbackSlug(name, 'src');
}
