import type { RegionSlug } from './regions';

/**
 * City and county names that place an item in a province when the province itself is not
 * named. `standalone: false` marks names that are also ordinary words or phrases
 * (大理石 is marble, 秀山丽水 a slogan, 安康 a greeting): those count only with an
 * administrative suffix (大理市, 丽水市, 大理白族自治州). Only names that belong to one
 * province are listed; adding one is a one-line change.
 */
export interface CityName {
  name: string;
  region: RegionSlug;
  standalone: boolean;
}

export const CITIES = [
  // Provincial capitals and other large cities whose names are not ordinary words.
  { name: '石家庄', region: 'hebei', standalone: true },
  { name: '太原', region: 'shanxi', standalone: true },
  { name: '呼和浩特', region: 'neimenggu', standalone: true },
  { name: '沈阳', region: 'liaoning', standalone: true },
  { name: '大连', region: 'liaoning', standalone: true },
  { name: '长春', region: 'jilin', standalone: true },
  { name: '哈尔滨', region: 'heilongjiang', standalone: true },
  { name: '南京', region: 'jiangsu', standalone: true },
  { name: '苏州', region: 'jiangsu', standalone: true },
  { name: '无锡', region: 'jiangsu', standalone: true },
  { name: '杭州', region: 'zhejiang', standalone: true },
  { name: '宁波', region: 'zhejiang', standalone: true },
  { name: '温州', region: 'zhejiang', standalone: true },
  { name: '湖州', region: 'zhejiang', standalone: true },
  { name: '嘉兴', region: 'zhejiang', standalone: true },
  { name: '丽水', region: 'zhejiang', standalone: false },
  { name: '合肥', region: 'anhui', standalone: true },
  { name: '福州', region: 'fujian', standalone: true },
  { name: '厦门', region: 'fujian', standalone: true },
  { name: '南昌', region: 'jiangxi', standalone: true },
  { name: '赣州', region: 'jiangxi', standalone: true },
  { name: '宜春', region: 'jiangxi', standalone: true },
  { name: '高安', region: 'jiangxi', standalone: false },
  { name: '济南', region: 'shandong', standalone: true },
  { name: '青岛', region: 'shandong', standalone: true },
  { name: '寿光', region: 'shandong', standalone: true },
  { name: '郑州', region: 'henan', standalone: true },
  { name: '武汉', region: 'hubei', standalone: true },
  { name: '长沙', region: 'hunan', standalone: true },
  { name: '广州', region: 'guangdong', standalone: true },
  { name: '深圳', region: 'guangdong', standalone: true },
  { name: '南宁', region: 'guangxi', standalone: true },
  { name: '海口', region: 'hainan', standalone: true },
  { name: '三亚', region: 'hainan', standalone: true },
  { name: '成都', region: 'sichuan', standalone: true },
  { name: '贵阳', region: 'guizhou', standalone: true },
  { name: '遵义', region: 'guizhou', standalone: true },
  { name: '黄平', region: 'guizhou', standalone: false },
  { name: '昆明', region: 'yunnan', standalone: true },
  { name: '大理', region: 'yunnan', standalone: false },
  { name: '拉萨', region: 'xizang', standalone: true },
  { name: '西安', region: 'shaanxi', standalone: true },
  { name: '汉中', region: 'shaanxi', standalone: true },
  { name: '延安', region: 'shaanxi', standalone: true },
  { name: '安康', region: 'shaanxi', standalone: false },
  { name: '兰州', region: 'gansu', standalone: true },
  { name: '西宁', region: 'qinghai', standalone: true },
  { name: '银川', region: 'ningxia', standalone: true },
  { name: '乌鲁木齐', region: 'xinjiang', standalone: true },
  { name: '喀什', region: 'xinjiang', standalone: true },
] as const satisfies readonly CityName[];

/** What makes a non-standalone name a place: 市, 州, 县, 区, 盟, 地区, or an ethnic autonomous prefecture or county. */
export const ADMINISTRATIVE_SUFFIX = /^(?:市|州|县|区|盟|地区|[\u4e00-\u9fff]{1,3}族自治[州县])/;
