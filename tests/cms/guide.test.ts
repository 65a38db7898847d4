import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');
// Pictures the guide shows, not those its examples spell out in code.
const pictures = [...guide.replace(/`[^`]*`/g, '').matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map(([, alt, src]) => ({
  alt: alt ?? '',
  src: src ?? '',
}));

describe("the editors' guide (编辑指南)", () => {
  it('walks through the CMS in order: 新建 → 从 PDF 导入 → 核对 → 保存 → 就绪 → 发布', () => {
    const steps = [...guide.matchAll(/^### \d\. (.+)$/gm)].map(([, step]) => step);
    expect(steps).toEqual(['新建', '从 PDF 导入', '核对', '保存', '就绪', '发布']);
  });

  it('shows every step with a screenshot the browser test took, each described in Chinese', () => {
    const shots = readdirSync('docs/guide').filter((name) => name.endsWith('.png'));
    expect(pictures.map(({ src }) => src).sort()).toEqual(shots.map((name) => `docs/guide/${name}`).sort());
    for (const { alt, src } of pictures) {
      expect(existsSync(src), src).toBe(true);
      expect(alt, src).toMatch(/\p{Script=Han}/u);
    }
    expect(readFileSync('tests/e2e/cms.spec.ts', 'utf8')).toContain('UPDATE_GUIDE_SHOTS');
  });

  it('is written in Chinese outside its code, commands, the markers of its generated tables and the generated rule table', () => {
    const prose = guide
      .slice(0, guide.indexOf('<!-- rules:'))
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`]*`/g, '')
      .replace(/\([^)]*\)/g, '')
      .replace(/https?:\/\/\S+/g, '');
    const english = prose.split('\n').filter((line) => /[A-Za-z]{2,}[ ,.;:]+[A-Za-z]{2,}[ ,.;:]+[A-Za-z]{2,}/.test(line));
    expect(english).toEqual([]);
  });
});
