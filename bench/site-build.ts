/**
 * One whole-site build (`npm run build`: the steps of lib/build/pipeline.ts) for a content
 * folder, timed, with the export moved out of out/ afterwards.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BuildResult } from '../lib/build/pipeline';
import { filesUnder } from './sizes';

export interface SiteBuild {
  /** Wall time of `npm run build`, ms. */
  ms: number;
  /** HTML pages in the export. */
  pages: number;
  /** Our steps before Next's (loading and checking the content, the search index), as the pipeline times them, ms. */
  indexMs: number;
  /** What the build printed. */
  output: string;
}

/** A temporary file for the build's `--timings`. */
export function timingsFile(beside: string): string {
  return path.join(path.dirname(beside), `${path.basename(beside)}-timings.json`);
}

/** Reads (and removes) what `--timings` wrote: the time of the content check and search index together, ms. */
export function indexStepsMs(file: string): number {
  const { steps } = JSON.parse(readFileSync(file, 'utf8')) as BuildResult;
  rmSync(file);
  const ms = (name: string) => steps.find((step) => step.name === name)?.ms ?? Number.NaN;
  return ms('validate') + ms('search-index');
}

export class TimedOut extends Error {}

/**
 * Runs a command in its own process group and collects its output. With
 * `timeoutMs`, the whole group (npm and the next build it started) is stopped
 * when time runs out, and the promise rejects with TimedOut. `onStart` gets the
 * group's id (for sampling its memory).
 */
export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  timeoutMs?: number,
  onStart?: (processGroup: number) => void,
): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    if (child.pid !== undefined) onStart?.(child.pid);
    let output = '';
    let timedOut = false;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
          }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new TimedOut(`${command} ${args.join(' ')} stopped after ${Math.round((timeoutMs ?? 0) / 60_000)} min`));
      else if (code === 0) resolve({ ms: performance.now() - started, output });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

export async function buildSite(
  contentDir: string,
  siteDir: string,
  timeoutMs?: number,
  onStart?: (processGroup: number) => void,
): Promise<SiteBuild> {
  // Every build starts cold, as on a clean clone in CI: Turbopack's cache in .next/ would make
  // the compile time depend on what was built before.
  rmSync(path.resolve('.next'), { recursive: true, force: true });
  const timings = timingsFile(siteDir);
  const { ms, output } = await run(
    'npm',
    ['run', 'build', '--', '--timings', timings],
    { CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' },
    timeoutMs,
    onStart,
  );
  const indexMs = indexStepsMs(timings);
  rmSync(siteDir, { recursive: true, force: true });
  renameSync(path.resolve('out'), siteDir);
  const pages = filesUnder(siteDir).filter((f) => f.endsWith('.html')).length;
  return { ms, pages, indexMs, output };
}

/** The bench builds into out/; whatever was there before is put back afterwards. */
export function keepOut(workDir: string): () => void {
  const out = path.resolve('out');
  const kept = path.join(workDir, 'out-before-bench');
  mkdirSync(workDir, { recursive: true });
  rmSync(kept, { recursive: true, force: true });
  const had = existsSync(out);
  if (had) renameSync(out, kept);
  return () => {
    rmSync(out, { recursive: true, force: true });
    if (had) renameSync(kept, out);
  };
}
