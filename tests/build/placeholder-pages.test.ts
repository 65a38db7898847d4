import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_TERMS } from '@/lib/site/pages';
import { removePlaceholderPages } from '../../lib/build/placeholder-pages';

describe('removePlaceholderPages', () => {
  it('removes the placeholder pages of empty taxonomies and nothing else', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'export-'));
    for (const dir of [`qa/tags/${NO_TERMS}`, `qa/categories/${NO_TERMS}`, 'qa/tags/rural', 'regions/zhejiang']) {
      mkdirSync(path.join(out, dir), { recursive: true });
      writeFileSync(path.join(out, dir, 'index.html'), '<html></html>');
    }
    expect(removePlaceholderPages(out).sort()).toEqual([`/qa/categories/${NO_TERMS}/`, `/qa/tags/${NO_TERMS}/`]);
    expect(existsSync(path.join(out, 'qa/tags', NO_TERMS))).toBe(false);
    expect(existsSync(path.join(out, 'qa/tags/rural/index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'regions/zhejiang/index.html'))).toBe(true);
  });
});
