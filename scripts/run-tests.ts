/** `npm test`: runs the steps of lib/checks/test-steps.ts in order, stops at the first failure, and prints the timing table. */
import { spawnSync } from 'node:child_process';
import { type StepResult, TEST_STEPS, timingTable } from '../lib/checks/test-steps';

const results: StepResult[] = [];
let failed = false;
for (const [name, script, ...args] of TEST_STEPS) {
  if (failed) {
    results.push({ name, seconds: 0, status: 'not run' });
    continue;
  }
  console.log(`\n▶ ${name}: npm run ${[script, ...args].join(' ')}`);
  const started = performance.now();
  const run = spawnSync('npm', ['run', '--silent', script, ...args], { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  failed = run.status !== 0;
  results.push({ name, seconds, status: failed ? 'failed' : 'passed' });
}
console.log(`\nnpm test, step by step:\n\n${timingTable(results)}\n`);
const passed = results.filter((r) => r.status === 'passed').length;
console.log(
  `npm test: ${passed} of ${results.length} steps passed${failed ? `; stopped at "${results.find((r) => r.status === 'failed')?.name}"` : ''}`,
);
process.exit(failed ? 1 : 0);
