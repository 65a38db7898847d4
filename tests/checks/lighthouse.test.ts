/** lib/checks/lighthouse.ts: the pages Lighthouse measures come from the export's sitemap. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandOptions, median, pagesToMeasure } from '../../lib/checks/lighthouse';

const sitemap = (origin: string, paths: string[]) => `<urlset>${paths.map((p) => `<url><loc>${origin}${p}</loc></url>`).join('')}</urlset>`;

describe('Lighthouse', () => {
  it('measures one page of each template, found in the sitemap under any base path', () => {
    const paths = ['/', '/bulletins/', '/bulletins/2024-02/', '/bulletins/2024-02/1-1/', '/regions/', '/regions/zhejiang/'];
    expect(pagesToMeasure(sitemap('https://example.github.io/sub', paths))).toEqual([
      { name: 'home', path: '/' },
      { name: 'issue', path: '/bulletins/2024-02/' },
      { name: 'item', path: '/bulletins/2024-02/1-1/' },
      { name: 'search', path: `/search/?q=${encodeURIComponent('数字乡村')}` },
      { name: 'regions', path: '/regions/' },
    ]);
  });

  it('says which template the sitemap lacks', () => {
    expect(() => pagesToMeasure(sitemap('http://localhost:3000', ['/', '/bulletins/2024-02/']))).toThrow(/no item page in the sitemap/);
  });

  it('takes the median of the runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('commandOptions', () => {
  it('reads the runs and the CPU slowdown from the arguments, the export and port from the environment', () => {
    expect(commandOptions(['--runs', '5', '--multiplier', '2'], { OUT_DIR: 'out-x', LIGHTHOUSE_PORT: '3999' }, 1)).toEqual({
      outDir: path.resolve('out-x'),
      port: 3999,
      runs: 5,
      multiplier: 2,
    });
  });

  it('defaults to out/ on port 3220, the given number of runs and the preset slowdown', () => {
    expect(commandOptions([], {}, 3)).toEqual({ outDir: path.resolve('out'), port: 3220, runs: 3 });
  });
});
