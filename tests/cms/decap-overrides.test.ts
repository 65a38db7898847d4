import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decapDist } from '@/lib/build/decap-bundle';
import { ADMIN_STYLES, DECAP_TARGETS } from '@/lib/cms/admin-styles';
import type { Phrases } from '@/lib/cms/decap';
import { mergePhrases, PHRASE_OVERRIDES } from '@/lib/cms/locale';

/** The pinned Decap bundle (fetched once per version, as the build does). */
const bundle = readFileSync(path.join(decapDist(), 'decap-cms.js'), 'utf8');

/** Decap's zh_Hans phrases as the bundle spells them: from its first phrase to its last. */
const zhHans = bundle.slice(bundle.indexOf('login:"登录"'), bundle.indexOf('currentEntries:', bundle.indexOf('login:"登录"')));

function* leaves(phrases: Phrases, at: string[] = []): Generator<string[]> {
  for (const [key, value] of Object.entries(phrases)) {
    if (typeof value === 'string') yield [...at, key];
    else yield* leaves(value, [...at, key]);
  }
}

describe("Decap's Chinese, corrected", () => {
  it('overrides only phrases Decap has, so an update that renames one is noticed', () => {
    expect(zhHans.length).toBeGreaterThan(1000);
    for (const key of leaves(PHRASE_OVERRIDES)) {
      expect(zhHans, key.join('.')).toContain(`${key.at(-1)}:"`);
      // The key's parent object is there too.
      expect(zhHans, key.join('.')).toContain(`${key.at(-2)}:{`);
    }
  });

  it('says 审核中 in the column as in the status, 新建一期, and dates as 12月3日', () => {
    const merged = mergePhrases({ workflow: { workflowList: { draftHeader: '草稿', inReviewHeader: '审查中' } } }, PHRASE_OVERRIDES);
    expect(merged.workflow).toMatchObject({
      workflowList: { draftHeader: '草稿', inReviewHeader: '审核中' },
      workflow: { dateFormat: 'M月D日' },
    });
    expect(merged.collection).toMatchObject({ collectionTop: { newButton: '新建%{collectionLabel}' } });
  });

  it('lays the overrides over the phrases without changing either', () => {
    const base: Phrases = { a: { b: 'B', c: 'C' }, d: 'D' };
    const over: Phrases = { a: { c: 'c' }, e: 'e' };
    expect(mergePhrases(base, over)).toEqual({ a: { b: 'B', c: 'c' }, d: 'D', e: 'e' });
    expect(base).toEqual({ a: { b: 'B', c: 'C' }, d: 'D' });
  });
});

describe("the admin page's styles", () => {
  it.each(Object.entries(DECAP_TARGETS))('select %s by the emotion target the pinned bundle gives it', (label, target) => {
    expect(bundle).toContain(`target:"${target}",label:"${label}"`);
    expect(ADMIN_STYLES).toContain(`.${target}`);
  });
});
