/** lib/checks/base-path.ts: the fixtures' images go into public/ and back out; the site's search index is set aside and put back. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeInPublic, setAsideSearchIndex } from '../../lib/checks/base-path';
import { SEARCH_INDEX_FOLDER } from '../../lib/site-search/index-location';
import { folderWith } from '../folders';

const made: string[] = [];
function folder(files: Record<string, string> = {}): string {
  const dir = folderWith(files, 'base-path-');
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the base-path check', () => {
  it('places the fixtures in public/ and removes them and the folders it made, leaving the rest', () => {
    const from = folder({ 'images/2099-01/fig1.svg': '<svg/>' });
    const publicDir = folder({ 'images/kept.png': 'png' });
    const remove = placeInPublic(from, publicDir);
    expect(readFileSync(path.join(publicDir, 'images/2099-01/fig1.svg'), 'utf8')).toBe('<svg/>');
    remove();
    expect(existsSync(path.join(publicDir, 'images/2099-01'))).toBe(false);
    expect(existsSync(path.join(publicDir, 'images/kept.png'))).toBe(true);
  });

  it('overwrites nothing already in public/', () => {
    const from = folder({ 'og-card.png': 'fixture' });
    const publicDir = folder({ 'og-card.png': 'site' });
    expect(() => placeInPublic(from, publicDir)).toThrow(/exists/);
    expect(readFileSync(path.join(publicDir, 'og-card.png'), 'utf8')).toBe('site');
  });

  it('sets the search index aside and puts the site’s back over what the build wrote', () => {
    const publicDir = folder({ [`${SEARCH_INDEX_FOLDER}/manifest.json`]: 'site' });
    const restore = setAsideSearchIndex(publicDir);
    expect(existsSync(path.join(publicDir, SEARCH_INDEX_FOLDER))).toBe(false);
    mkdirSync(path.join(publicDir, SEARCH_INDEX_FOLDER));
    writeFileSync(path.join(publicDir, SEARCH_INDEX_FOLDER, 'fixtures.json'), 'fixtures');
    restore();
    expect(readFileSync(path.join(publicDir, SEARCH_INDEX_FOLDER, 'manifest.json'), 'utf8')).toBe('site');
    expect(existsSync(path.join(publicDir, SEARCH_INDEX_FOLDER, 'fixtures.json'))).toBe(false);
  });
});
