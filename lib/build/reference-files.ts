/**
 * Writes the reference files (.bib, .ris) of every item and Q&A article beside its page
 * (lib/site/citations.ts); they carry the build's absolute URLs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedContent } from '../content/load';
import { citationFiles } from '../site/citations';
import type { BuildStep } from './step';

/** Writes the reference files of `content` under `outDir`; returns how many. */
export function writeCitationFiles(outDir: string, { bulletins, qas }: Pick<LoadedContent, 'bulletins' | 'qas'>): number {
  const files = citationFiles(bulletins, qas);
  for (const file of files) {
    const target = path.join(outDir, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.body);
  }
  return files.length;
}

export const referenceFilesStep: BuildStep = {
  name: 'reference-files',
  run({ outDir, content, logger }) {
    logger.info(`✓ ${writeCitationFiles(outDir, content())} reference files (.bib, .ris)`);
    return [];
  },
};
