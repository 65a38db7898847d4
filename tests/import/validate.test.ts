import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The importers' expected outputs must pass the site's own content check
 * (`CONTENT_DIR=<dir> npm run validate`), or an import would need hand-fixing.
 * The four-section fixture is left out on purpose: 四、国际动态 is not in lib/content/sections.ts.
 */
describe.skipIf(!existsSync(path.join(root, 'scripts/validate.ts')))('imported files pass npm run validate', () => {
  it('tests/fixtures/import/expected', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'tests/fixtures/import/expected' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
});
