import { availableParallelism } from 'node:os';
import path from 'node:path';
import { inputsBuildId } from './lib/build/build-id.mjs';

/** Hosting under a subpath (a GitHub Pages project site) sets BASE_PATH=/repo-name. */
const basePath = process.env.BASE_PATH ?? '';
/** Where the static export goes (default out/); the base-path check exports beside it, to out-base-path/. */
const outDir = process.env.OUT_DIR;

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // With output: 'export', a distDir other than .next names the export folder (build files stay in .next).
  ...(outDir ? { distDir: outDir } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  reactStrictMode: true,
  poweredByHeader: false,
  // Next renders pages in cores − 1 workers by default: on a 2-core machine, one. The main
  // process waits while they render, so every core gets a worker.
  experimental: { cpus: availableParallelism() },
  // A hash of the inputs, not Next's random id: the same commit exports the same bytes.
  generateBuildId: () =>
    inputsBuildId({
      contentDir: path.resolve(process.env.CONTENT_DIR ?? 'content'),
      settings: { basePath, siteUrl: process.env.SITE_URL ?? '' },
    }),
  // `npm test` type-checks the whole project with tsc first; checking again here only costs build time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
