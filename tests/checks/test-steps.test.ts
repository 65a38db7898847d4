import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_STEPS, timingTable } from '../../lib/checks/test-steps';

describe('npm test', () => {
  it('runs only npm scripts that exist', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    for (const [, script] of TEST_STEPS) expect(scripts, script).toHaveProperty(script);
  });

  it('rounds to whole seconds before it counts minutes', () => {
    expect(timingTable([{ name: 'browser tests', seconds: 419.6, status: 'passed' }])).toContain('| browser tests | 7 min 0 s | passed |');
  });

  it('ends with the time of each step and the total', () => {
    const table = timingTable([
      { name: 'typecheck', seconds: 12.34, status: 'passed' },
      { name: 'browser tests', seconds: 236.2, status: 'failed' },
      { name: 'Lighthouse', seconds: 0, status: 'not run' },
    ]);
    expect(table).toBe(
      [
        '| step | time | result |',
        '| --- | ---: | --- |',
        '| typecheck | 12.3 s | passed |',
        '| browser tests | 3 min 56 s | failed |',
        '| Lighthouse | – | not run |',
        '| **total** | **4 min 9 s** | |',
      ].join('\n'),
    );
  });
});
