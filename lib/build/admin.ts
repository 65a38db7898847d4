/**
 * /admin/ in the export (a step of lib/build/pipeline.ts): Decap CMS's prebuilt bundle
 * (lib/build/decap-bundle.ts, no CDN), pdf.js for the PDF import, the project's admin bundle (lib/cms/admin.ts,
 * bundled here with esbuild), its style sheet and the page. config.yml comes from public/admin/ like any public file.
 * Nothing of this is linked from the site's pages: it loads on /admin/ only.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { adminPage } from '../cms/admin-page';
import { ADMIN_STYLES, ADMIN_STYLESHEET } from '../cms/admin-styles';
import { ADMIN_DIR } from '../cms/names';
import { decapDist } from './decap-bundle';
import type { BuildStep } from './step';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** What Decap's page loads: the bundle, its chunks and its WebAssembly, not the source maps nor the second (cms.js) build. */
const DECAP_FILES = /^(decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/;

/**
 * pdf.js as the command line's importer uses it (lib/import/pdfjs-node.ts): the pinned
 * pdfjs-dist's legacy build and its worker, the CMaps of simplified Chinese fonts (GB: a
 * bulletin whose fonts are not embedded names one, UniGB-UCS2-H for STSong-Light), the
 * standard fonts and the picture decoders. Each data file is fetched only when a PDF needs it.
 */
const PDFJS_FILES: [from: string, keep?: RegExp][] = [
  ['legacy/build/pdf.min.mjs'],
  ['legacy/build/pdf.worker.min.mjs'],
  ['cmaps', /GB/],
  ['standard_fonts'],
  ['wasm'],
  ['LICENSE'],
];

/** zod's error messages in 40 languages, of which validation uses English: only `en` is bundled. */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(context) {
    context.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`)
        ? { path: path.join(path.dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    context.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
    }));
  },
};

function copyInto(from: string, to: string, keep?: RegExp): void {
  if (statSync(from).isDirectory()) {
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) if (!keep || keep.test(name)) copyFileSync(path.join(from, name), path.join(to, name));
  } else {
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}

/** The site's stylesheets, as its home page links them: the preview shows entries in them. */
export function siteStylesheets(outDir: string): string[] {
  const home = path.join(outDir, 'index.html');
  if (!existsSync(home)) return [];
  return [...readFileSync(home, 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** Writes outDir/admin/ (config.yml is already there); returns the files written, relative to it. */
export async function buildAdmin(outDir: string, basePath: string): Promise<string[]> {
  const admin = path.join(outDir, ADMIN_DIR);
  mkdirSync(admin, { recursive: true });

  const decap = decapDist();
  for (const name of readdirSync(decap)) if (DECAP_FILES.test(name)) copyFileSync(path.join(decap, name), path.join(admin, name));

  const pdfjs = packageDir('pdfjs-dist');
  rmSync(path.join(admin, 'pdfjs'), { recursive: true, force: true });
  for (const [from, keep] of PDFJS_FILES) copyInto(path.join(pdfjs, from), path.join(admin, 'pdfjs', path.basename(from)), keep);

  await build({
    entryPoints: [path.resolve(import.meta.dirname, '../cms/admin.ts')],
    outfile: path.join(admin, 'cms.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    // lib/content/markdown.ts prefixes site paths with the base path, as the build does.
    define: { 'process.env': JSON.stringify({ BASE_PATH: basePath }) },
    // The preview renders the site's components in Decap's React (lib/cms/jsx-runtime.ts): one React on the page.
    // `react` itself maps there too, so a hook or any other import of the site's React fails the build.
    jsx: 'automatic',
    alias: Object.fromEntries(
      ['react', 'react/jsx-runtime'].map((name) => [name, path.resolve(import.meta.dirname, '../cms/jsx-runtime.ts')]),
    ),
    plugins: [zodEnglishOnly],
    logLevel: 'warning',
  });

  writeFileSync(path.join(admin, ADMIN_STYLESHEET), ADMIN_STYLES.trimStart());
  writeFileSync(path.join(admin, 'index.html'), adminPage({ previewStyles: siteStylesheets(outDir) }));
  return readdirSync(admin, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(admin, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

export const adminStep: BuildStep = {
  name: 'admin',
  async run({ outDir, basePath, logger }) {
    const admin = await buildAdmin(outDir, basePath);
    logger.info(`✓ ${outDir}/admin/: Decap CMS, pdf.js and the admin bundle, ${admin.length} files`);
    return [];
  },
};
