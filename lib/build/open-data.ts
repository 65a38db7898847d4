/** Writes the open data files under /data/ (lib/open-data/), which the /data/ page describes. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedContent } from '../content/load';
import { type DataFile, dataFilePath, openDataFiles } from '../open-data/files';
import { absoluteUrl } from '../site';
import { buildTaxonomies } from '../taxonomy/build';
import type { BuildStep } from './step';

/** Writes the open data files of `content` under `outDir`/data/; returns them. */
export function writeOpenDataFiles(outDir: string, { bulletins, qas }: Pick<LoadedContent, 'bulletins' | 'qas'>): DataFile[] {
  const files = openDataFiles({ bulletins, qas, taxonomies: buildTaxonomies(bulletins, qas), absoluteUrl });
  for (const file of files) {
    const target = path.join(outDir, ...dataFilePath(file.name).split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.body);
  }
  return files;
}

export const openDataStep: BuildStep = {
  name: 'open-data',
  run({ outDir, content, logger }) {
    const data = writeOpenDataFiles(outDir, content());
    logger.info(`✓ open data: ${data.map((file) => `${file.name} (${file.body.length} B)`).join(', ')}`);
    return [];
  },
};
