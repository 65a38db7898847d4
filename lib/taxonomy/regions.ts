/**
 * China's 34 provincial-level divisions, each with its ASCII slug, the names text uses
 * for it, and its tile in the /regions/ tile-grid map (row and column in a rough
 * geographic layout: north at the top, east on the right).
 */
export interface Region {
  slug: string;
  /** Short name as in running text and on the map tile: 江西, 内蒙古. */
  name: string;
  /** Official full name: 江西省, 内蒙古自治区. */
  fullName: string;
  /** Tile position in the grid map, 0-based. */
  row: number;
  col: number;
}

export const REGIONS = [
  { slug: 'heilongjiang', name: '黑龙江', fullName: '黑龙江省', row: 0, col: 6 },
  { slug: 'neimenggu', name: '内蒙古', fullName: '内蒙古自治区', row: 1, col: 4 },
  { slug: 'jilin', name: '吉林', fullName: '吉林省', row: 1, col: 6 },
  { slug: 'xinjiang', name: '新疆', fullName: '新疆维吾尔自治区', row: 2, col: 0 },
  { slug: 'gansu', name: '甘肃', fullName: '甘肃省', row: 2, col: 2 },
  { slug: 'ningxia', name: '宁夏', fullName: '宁夏回族自治区', row: 2, col: 3 },
  { slug: 'shanxi', name: '山西', fullName: '山西省', row: 2, col: 4 },
  { slug: 'beijing', name: '北京', fullName: '北京市', row: 2, col: 5 },
  { slug: 'liaoning', name: '辽宁', fullName: '辽宁省', row: 2, col: 6 },
  { slug: 'xizang', name: '西藏', fullName: '西藏自治区', row: 3, col: 0 },
  { slug: 'qinghai', name: '青海', fullName: '青海省', row: 3, col: 1 },
  { slug: 'shaanxi', name: '陕西', fullName: '陕西省', row: 3, col: 2 },
  { slug: 'henan', name: '河南', fullName: '河南省', row: 3, col: 3 },
  { slug: 'hebei', name: '河北', fullName: '河北省', row: 3, col: 4 },
  { slug: 'tianjin', name: '天津', fullName: '天津市', row: 3, col: 5 },
  { slug: 'sichuan', name: '四川', fullName: '四川省', row: 4, col: 1 },
  { slug: 'chongqing', name: '重庆', fullName: '重庆市', row: 4, col: 2 },
  { slug: 'hubei', name: '湖北', fullName: '湖北省', row: 4, col: 3 },
  { slug: 'anhui', name: '安徽', fullName: '安徽省', row: 4, col: 4 },
  { slug: 'shandong', name: '山东', fullName: '山东省', row: 4, col: 5 },
  { slug: 'yunnan', name: '云南', fullName: '云南省', row: 5, col: 1 },
  { slug: 'guizhou', name: '贵州', fullName: '贵州省', row: 5, col: 2 },
  { slug: 'hunan', name: '湖南', fullName: '湖南省', row: 5, col: 3 },
  { slug: 'jiangxi', name: '江西', fullName: '江西省', row: 5, col: 4 },
  { slug: 'jiangsu', name: '江苏', fullName: '江苏省', row: 5, col: 5 },
  { slug: 'shanghai', name: '上海', fullName: '上海市', row: 5, col: 6 },
  { slug: 'guangxi', name: '广西', fullName: '广西壮族自治区', row: 6, col: 2 },
  { slug: 'guangdong', name: '广东', fullName: '广东省', row: 6, col: 3 },
  { slug: 'fujian', name: '福建', fullName: '福建省', row: 6, col: 4 },
  { slug: 'zhejiang', name: '浙江', fullName: '浙江省', row: 6, col: 5 },
  { slug: 'hainan', name: '海南', fullName: '海南省', row: 7, col: 2 },
  { slug: 'aomen', name: '澳门', fullName: '澳门特别行政区', row: 7, col: 3 },
  { slug: 'xianggang', name: '香港', fullName: '香港特别行政区', row: 7, col: 4 },
  { slug: 'taiwan', name: '台湾', fullName: '台湾省', row: 7, col: 5 },
] as const satisfies readonly Region[];

export type RegionSlug = (typeof REGIONS)[number]['slug'];

/** Size of the tile grid. */
export const GRID = { rows: 8, cols: 7 } as const;

export function findRegion(slug: string): Region | undefined {
  return REGIONS.find((r) => r.slug === slug);
}
