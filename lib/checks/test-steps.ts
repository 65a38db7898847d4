/**
 * `npm test`'s steps (scripts/run-tests.ts): every check, in order, each an npm script of its
 * own so it can be run alone. It stops at the first failure, like a chain of `&&`, and ends
 * with a table of the time each step took, so the next person sees where the minutes go.
 */

/** [what the table calls it, the npm script and its arguments]. */
export const TEST_STEPS: readonly (readonly [name: string, script: string, ...args: string[]])[] = [
  ['installed tree as locked', 'test:deps'],
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
  ['content validation', 'validate'],
  ['unit tests', 'test:unit'],
  ['build', 'build'],
  ['JavaScript budget', 'test:size'],
  ['static check of every page', 'check:site'],
  ['second build, byte for byte', 'check:reproducible', '--', '--against', 'out'],
  ['base path', 'test:base-path'],
  ['browser tests', 'test:e2e'],
  ['Lighthouse: best practices, SEO', 'test:lighthouse'],
];

export interface StepResult {
  name: string;
  seconds: number;
  status: 'passed' | 'failed' | 'not run';
}

export function timingTable(results: readonly StepResult[]): string {
  const total = results.reduce((sum, r) => sum + r.seconds, 0);
  // Whole seconds first, so 419.6 s reads 7 min 0 s, not 6 min 60 s.
  const time = (s: number) => (s >= 60 ? `${Math.floor(Math.round(s) / 60)} min ${Math.round(s) % 60} s` : `${s.toFixed(1)} s`);
  const rows = results.map((r) => `| ${r.name} | ${r.status === 'not run' ? '–' : time(r.seconds)} | ${r.status} |`);
  return ['| step | time | result |', '| --- | ---: | --- |', ...rows, `| **total** | **${time(total)}** | |`].join('\n');
}
