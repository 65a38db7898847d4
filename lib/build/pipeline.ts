/**
 * The build, as one list of named steps: validate → search index → next build → placeholder
 * pages out → reference files → open data → CSP → admin. `npm run build` (scripts/build.ts)
 * runs it, `npm run dev` its first two steps, the base-path check and the build bench through
 * that command; nothing else lists the steps. Each step gets the settings and a logger
 * (lib/build/step.ts); the pipeline times each one and stops at the first with problems.
 *
 * The site layer still reads SITE_URL, BASE_PATH and CONTENT_DIR from the environment when its
 * modules load (lib/settings.ts, lib/content/markdown.ts): the command that runs the pipeline
 * resolves its settings from that same environment, and `next build` gets them explicitly.
 */
import { loadSiteContent } from '../site/load';
import { adminStep } from './admin';
import { cspStep } from './csp';
import { nextBuildStep } from './next-build';
import { openDataStep } from './open-data';
import { placeholderPagesStep } from './placeholder-pages';
import { referenceFilesStep } from './reference-files';
import { searchIndexStep } from './search-index';
import type { BuildContext, BuildLogger, BuildSettings, BuildStep } from './step';
import { validateStep } from './validate';

export const BUILD_STEPS: readonly BuildStep[] = [
  validateStep,
  searchIndexStep,
  nextBuildStep,
  placeholderPagesStep,
  referenceFilesStep,
  openDataStep,
  cspStep,
  adminStep,
];

export const STEP_NAMES = BUILD_STEPS.map((step) => step.name);

export interface StepTiming {
  name: string;
  ms: number;
}

export interface BuildResult {
  /** The steps that ran, in order, with their wall time. */
  steps: StepTiming[];
  /** What stopped the build (printable lines); empty when every step went well. */
  problems: string[];
  /** The step that stopped it. */
  failed?: string;
}

export interface BuildRun {
  logger: BuildLogger;
  /** The first step to run (default the first): `placeholder-pages` finishes an existing export. */
  from?: string;
  /** The last step to run (default the last): `search-index` is what `next dev` needs. */
  until?: string;
}

/** The steps from `from` to `until`, both included; throws on a name that is no step. */
export function selectSteps(from: string = STEP_NAMES[0] ?? '', until: string = STEP_NAMES.at(-1) ?? ''): BuildStep[] {
  const [start, end] = [from, until].map((name) => {
    const at = STEP_NAMES.indexOf(name);
    if (at < 0) throw new Error(`${name} is not a build step: ${STEP_NAMES.join(', ')}`);
    return at;
  }) as [number, number];
  return BUILD_STEPS.slice(start, end + 1);
}

export async function runBuild(settings: BuildSettings, { logger, from, until }: BuildRun): Promise<BuildResult> {
  let loaded: ReturnType<typeof loadSiteContent> | undefined;
  const context: BuildContext = {
    ...settings,
    logger,
    content: () => {
      loaded ??= loadSiteContent(settings.contentDir);
      return loaded;
    },
  };
  const steps: StepTiming[] = [];
  for (const step of selectSteps(from, until)) {
    const started = performance.now();
    const problems = await step.run(context);
    steps.push({ name: step.name, ms: Math.round(performance.now() - started) });
    if (problems.length > 0) return { steps, problems, failed: step.name };
  }
  return { steps, problems: [] };
}
