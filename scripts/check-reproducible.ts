/**
 * Reproducible output: builds the site twice from a clean .next/ and requires the two
 * exports to be byte-identical, and free of this machine's absolute paths.
 *
 *   npm run check:reproducible                    two builds, into out-repro-a/ and out-repro-b/
 *   npm run check:reproducible -- --against out   one build into out-repro-b/, compared with an existing export
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportDifferences } from '../lib/checks/reproducible';

const { values: options } = parseArgs({ options: { against: { type: 'string' } } });

function build(exportDir: string) {
  rmSync(path.resolve(exportDir), { recursive: true, force: true });
  // Nothing cached from an earlier build may stand in for the work this one must redo.
  rmSync(path.resolve('.next'), { recursive: true, force: true });
  console.log(`Building into ${exportDir}/ …`);
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, OUT_DIR: exportDir, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  console.log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const first = options.against ?? 'out-repro-a';
const second = 'out-repro-b';
if (options.against) {
  if (!existsSync(first)) {
    console.error(`${first}/ does not exist: build it first`);
    process.exit(1);
  }
} else {
  build(first);
}
build(second);

// The checkout's absolute path would differ on every other machine (shorter ones, /tmp or /root, occur in ordinary text).
const { files, problems } = exportDifferences(first, second, [process.cwd()]);

for (const problem of problems.slice(0, 50)) console.error(problem);
if (problems.length > 50) console.error(`… and ${problems.length - 50} more`);
console.log(`reproducible: ${files} files compared, ${problems.length} problem(s)`);
if (problems.length === 0) rmSync(second, { recursive: true, force: true });
process.exit(problems.length === 0 ? 0 : 1);
