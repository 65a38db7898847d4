import { describe, expect, it } from 'vitest';
import { CITIES } from '@/lib/taxonomy/cities';
import { detectRegions } from '@/lib/taxonomy/detect-regions';
import { GRID, REGIONS } from '@/lib/taxonomy/regions';

const regionsIn = (text: string) => detectRegions(text).map((m) => m.region);

describe('the division table', () => {
  it('has the 34 provincial-level divisions with unique ASCII slugs and names', () => {
    expect(REGIONS).toHaveLength(34);
    expect(new Set(REGIONS.map((r) => r.slug)).size).toBe(34);
    expect(new Set(REGIONS.map((r) => r.name)).size).toBe(34);
    for (const region of REGIONS) expect(region.slug).toMatch(/^[a-z]+$/);
    for (const slug of ['beijing', 'tianjin', 'hebei', 'shanxi', 'shaanxi', 'xianggang', 'aomen', 'taiwan']) {
      expect(REGIONS.map((r) => r.slug)).toContain(slug);
    }
  });

  it('puts every division on its own tile inside the grid', () => {
    const tiles = REGIONS.map((r) => `${r.row},${r.col}`);
    expect(new Set(tiles).size).toBe(34);
    for (const r of REGIONS) {
      expect(r.row).toBeGreaterThanOrEqual(0);
      expect(r.row).toBeLessThan(GRID.rows);
      expect(r.col).toBeGreaterThanOrEqual(0);
      expect(r.col).toBeLessThan(GRID.cols);
    }
  });

  it('lists each city name once', () => {
    expect(new Set(CITIES.map((c) => c.name)).size).toBe(CITIES.length);
  });
});

describe('detectRegions', () => {
  it('finds a division by its full or short name', () => {
    expect(regionsIn('江西省高安市上湖乡：乡村直播')).toEqual(['jiangxi']);
    expect(regionsIn('第七届中国农村电子商务大会在浙江丽水举办')).toEqual(['zhejiang']);
    expect(regionsIn('内蒙古自治区和广西壮族自治区')).toEqual(['neimenggu', 'guangxi']);
    expect(regionsIn('香港特别行政区、澳门与台湾')).toEqual(['xianggang', 'aomen', 'taiwan']);
  });

  it('keeps the words that name the division as evidence', () => {
    expect(detectRegions('江西省高安市上湖乡，高安市辣椒产业园')).toEqual([{ region: 'jiangxi', evidence: ['江西省', '高安市'] }]);
  });

  it('places a city in its province only where the name is clearly the place', () => {
    expect(regionsIn('汉中市汉台区宗营镇')).toEqual(['shaanxi']);
    expect(regionsIn('大理市举办')).toEqual(['yunnan']);
    expect(regionsIn('大理白族自治州')).toEqual(['yunnan']);
    // 大理 alone, 大理石 (marble), 秀山丽水 (a slogan) and 安康 (a greeting) name no place.
    expect(regionsIn('“数字赋能乡村振兴伙伴计划”在大理启动')).toEqual([]);
    expect(regionsIn('大理石地面')).toEqual([]);
    expect(regionsIn('首届“秀山丽水杯”赛事')).toEqual([]);
    expect(regionsIn('祝大家平安康健，岁岁安康')).toEqual([]);
  });

  it('reads left to right, longest name first, so overlapping names do not invent a region', () => {
    expect(regionsIn('上海南京路')).toEqual(['shanghai', 'jiangsu']);
    expect(regionsIn('陕西安康市')).toEqual(['shaanxi']);
    expect(regionsIn('北京时间2月3日')).toEqual([]);
    expect(regionsIn('外蒙古')).toEqual([]);
  });

  it('finds nothing in a text that names no place', () => {
    expect(regionsIn('中央网信办等11部门联合印发《关于开展第二批国家数字乡村试点工作的通知》')).toEqual([]);
  });
});
