/** `npm run test:deps`: the installed tree is the locked one (lib/checks/dependencies.ts); prints each problem and exits 1 on any. */
import { dependencyProblems, MUST_BE_UNIQUE } from '../lib/checks/dependencies';

const problems = dependencyProblems();
for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length > 0) {
  console.error('The installed tree is not the locked one: run `npm ci`, or see README.md, "Taking a dependency update".');
  process.exit(1);
}
console.log(`✓ dependencies: the tree is as locked, and ${MUST_BE_UNIQUE.join(', ')} are installed once`);
