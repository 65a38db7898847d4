import { describe, expect, it } from 'vitest';
import { categoryName, tagSlug } from '@/lib/taxonomy/qa-terms';
import { fallbackSlug, shortHash } from '@/lib/taxonomy/slug';
import { KNOWN_SOURCES, sourceSlug } from '@/lib/taxonomy/sources';

describe('sourceSlug', () => {
  it('gives the seed sources readable, unique ASCII slugs', () => {
    for (const name of ['新华社', '网信中国', '农业农村部官网', '央广网', '宜春市共青团微信公众号', '国家乡村振兴局官网']) {
      expect(sourceSlug(name)).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
    expect(sourceSlug('新华社')).toBe('xinhua');
    expect(new Set(KNOWN_SOURCES.map((s) => s.slug)).size).toBe(KNOWN_SOURCES.length);
    expect(new Set(KNOWN_SOURCES.map((s) => s.name)).size).toBe(KNOWN_SOURCES.length);
  });

  it('gives an unknown source a deterministic short hash slug', () => {
    expect(sourceSlug('某某县融媒体中心')).toMatch(/^src-[0-9a-f]{6}$/);
    expect(sourceSlug('某某县融媒体中心')).toBe(sourceSlug(' 某某县融媒体中心 '));
    expect(sourceSlug('某某县融媒体中心')).not.toBe(sourceSlug('某某市融媒体中心'));
  });
});

describe('slug helpers', () => {
  it('hashes deterministically to six hex digits', () => {
    expect(shortHash('新华社')).toMatch(/^[0-9a-f]{6}$/);
    expect(shortHash('新华社')).toBe(shortHash('新华社'));
    // Pinned: a fallback slug is a published URL segment, so these values must never change.
    expect(shortHash('新华社')).toBe('b8d6e5');
    expect(shortHash('數字鄉村')).toBe('3937e9');
    expect(shortHash('')).toBe('811c9d');
  });

  it('slugs ASCII names readably and never lets a non-ASCII character into a URL', () => {
    expect(fallbackSlug('5G Network', 'tag')).toBe('5g-network');
    expect(fallbackSlug('乡村振兴', 'tag')).toMatch(/^tag-[0-9a-f]{6}$/);
    expect(fallbackSlug('!!!', 'tag')).toMatch(/^tag-[0-9a-f]{6}$/);
  });

  it('names Q&A categories and slugs tags', () => {
    expect(categoryName('wangxinzhongguo')).toBe('网信中国');
    expect(categoryName('unknown-category')).toBe('unknown-category');
    expect(tagSlug('网信中国新闻')).toBe('wangxin-zhongguo-news');
    expect(tagSlug('新标签')).toMatch(/^tag-[0-9a-f]{6}$/);
  });
});
