/** Bundles harness-entry.ts for the browser, and measures the engine's own code size the same way. */
import path from 'node:path';
import { build } from 'esbuild';

export async function bundleHarness(): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(import.meta.dirname, 'harness-entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced nothing');
  return file.text;
}
