/**
 * Writes the reference files (.bib, .ris) of every item and Q&A article beside its page
 * (lib/site/citations.ts); they carry the build's absolute URLs.
 */
import type { LoadedContent } from '../content/load';
import { citationFiles } from '../site/citations';
import type { BuildStep } from './step';
import { writeFilesUnder } from './write-files';

/** Writes the reference files of `content` under `outDir`; returns how many. */
export function writeCitationFiles(outDir: string, { bulletins, qas }: Pick<LoadedContent, 'bulletins' | 'qas'>): number {
  const files = citationFiles(bulletins, qas);
  writeFilesUnder(outDir, files);
  return files.length;
}

export const referenceFilesStep: BuildStep = {
  name: 'reference-files',
  run({ outDir, content, logger }) {
    logger.info(`✓ ${writeCitationFiles(outDir, content())} reference files (.bib, .ris)`);
    return [];
  },
};
