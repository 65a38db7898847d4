/** Shard routing and the build id are part of the shipped format: pinned, so a refactor cannot move a term. */
import { describe, expect, it } from 'vitest';
import { hashString } from '../../lib/hash';
import { shardOf } from '../../lib/search/index-files';

describe('term → shard routing', () => {
  it('sends each term to the same shard as every earlier build', () => {
    // Term → its shard for 1, 2, 16, 256 and 4096 shards.
    const pins: Record<string, number[]> = {
      新华社: [0, 1, 1, 33, 2081],
      央广网: [0, 1, 5, 213, 725],
      农业农村部: [0, 0, 0, 192, 3520],
      abc: [0, 0, 12, 188, 3516],
      𠀀乡: [0, 0, 0, 64, 64],
    };
    const routed = Object.keys(pins).map((term) => [term, [1, 2, 16, 256, 4096].map((k) => shardOf(term, k))]);
    expect(Object.fromEntries(routed)).toEqual(pins);
  });

  it('hashes content to the same 8 hex digits', () => {
    expect(hashString('新华社')).toBe('46e50821');
    expect(hashString('')).toBe('ab3e7c0b');
    expect(hashString('數字鄉村')).toBe('2e8dc920');
  });
});
