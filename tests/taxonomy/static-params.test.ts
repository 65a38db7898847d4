import { describe, expect, it } from 'vitest';
import { atLeastOne, NO_TERMS } from '@/lib/static-params';

describe('atLeastOne', () => {
  it('gives one param per term', () => {
    expect(atLeastOne('tag', ['a', 'b'])).toEqual([{ tag: 'a' }, { tag: 'b' }]);
  });

  it('gives a taxonomy with no terms one placeholder page, so the static export still builds', () => {
    expect(atLeastOne('tag', [])).toEqual([{ tag: NO_TERMS }]);
    expect(NO_TERMS).toMatch(/^[a-z_-]+$/);
  });
});
