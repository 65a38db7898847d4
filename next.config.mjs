import { withContentCollections } from '@content-collections/next';

/** Hosting under a subpath (a GitHub Pages project site) sets BASE_PATH=/repo-name. */
const basePath = process.env.BASE_PATH ?? '';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project with tsc first; checking again here only costs build time.
  typescript: { ignoreBuildErrors: true },
};

export default withContentCollections(nextConfig);
