/** `npm run build:search` (the build's first two steps): the content in CONTENT_DIR becomes index files; broken content stops it. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, type SearchManifest } from '../../lib/search/index-files';
import { createSearcher } from '../../lib/search/searcher';
import { contentFolder, edit, SEED_BULLETIN, SEED_QA } from '../content/helpers';

const root = path.resolve(import.meta.dirname, '../..');
const out = mkdtempSync(path.join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(contentDir: string, outDir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--until', 'search-index', '--search-index', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts a Node process; the limit only guards against a hang on a busy machine.
describe('the validate and search-index steps', { timeout: 60_000 }, () => {
  it('writes the index of CONTENT_DIR and replaces an earlier one completely', async () => {
    const dir = path.join(out, 'index');
    mkdirSync(path.join(dir, 'terms'), { recursive: true });
    writeFileSync(path.join(dir, 'terms', 'stale.json'), '{}');
    const content = contentFolder({
      'bulletins/2024-02.md': SEED_BULLETIN,
      'bulletins/2024-03.md': edit(SEED_BULLETIN, 'number: 2', 'number: 3'),
      'qa/action-plan.md': SEED_QA,
    });
    const result = run(content, dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ search index: 30 document\(s\)/);
    expect(existsSync(path.join(dir, 'terms', 'stale.json'))).toBe(false);
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as SearchManifest;
    expect(manifest.docCount).toBe(30);
    const searcher = createSearcher(async (file) => readFileSync(path.join(dir, file), 'utf8'));
    const top = await searcher.search('农业银行', {}, 2);
    expect(top.results.map((r) => r.url)).toEqual(['/bulletins/2024-03/3-2-2/', '/bulletins/2024-02/3-2-2/']);
    expect((await searcher.search('行动计划', { type: 'qa' })).results[0]?.url).toMatch(/^\/qa\/action-plan\/#q\d$/);
  });

  it('refuses broken content and writes nothing', () => {
    const dir = path.join(out, 'broken');
    const content = contentFolder({ 'bulletins/2024-02.md': edit(SEED_BULLETIN, 'year: 2024', 'year: soon') });
    const result = run(content, dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2024-02\.md:\d+:\d+ {2}年份：应为整数/);
    expect(existsSync(dir)).toBe(false);
  });
});
