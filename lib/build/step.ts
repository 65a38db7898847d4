/**
 * What a step of the build pipeline (lib/build/pipeline.ts) is given and returns. Modelled on
 * Astro Starlight's build hooks: each step is named and gets the settings of this build and a
 * logger, never the environment; the command that starts the build reads that (scripts/build.ts).
 */
import type { SiteContent } from '../site/load';

/** One build's settings, as the command resolved them. */
export interface BuildSettings {
  /** The export folder: out/, or OUT_DIR (the base-path check exports to out-base-path/). */
  outDir: string;
  /** The content folder, absolute: content/, or CONTENT_DIR (fixtures, the bench's synthetic archives). */
  contentDir: string;
  /** The subpath the site is served under, without a trailing slash: '' or `/shuzi-xiangcun`. */
  basePath: string;
  /** The site's origin, without a trailing slash: `http://localhost:3000`. */
  siteUrl: string;
  /** Where the search index is written, for `next dev` to serve and `next build` to copy: public/search-index/. */
  searchIndexDir: string;
}

/** Where a step says what it did: one line each. */
export interface BuildLogger {
  info(line: string): void;
}

export interface BuildContext extends BuildSettings {
  logger: BuildLogger;
  /** The content of `contentDir`, checked by every rule, with its taxonomies: loaded once, by the first step that asks. */
  content(): SiteContent;
}

export interface BuildStep {
  /** Stable: `--from` and `--until` name it, the bench reads its timing by it. */
  name: string;
  /** Does the step's work; returns the problems that must stop the build (printable lines), none when it went well. */
  run(context: BuildContext): string[] | Promise<string[]>;
}
