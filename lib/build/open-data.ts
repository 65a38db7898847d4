/** Writes the open data files under /data/ (lib/open-data/), which the /data/ page describes. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type DataFile, dataFilePath, openDataFiles } from '../open-data/files';
import { absoluteUrl } from '../settings';
import type { SiteContent } from '../site/load';
import type { BuildStep } from './step';

/** Writes the open data files of `content` under `outDir`/data/; returns them. */
export function writeOpenDataFiles(
  outDir: string,
  { bulletins, qas, taxonomies }: Pick<SiteContent, 'bulletins' | 'qas' | 'taxonomies'>,
): DataFile[] {
  const files = openDataFiles({ bulletins, qas, taxonomies, absoluteUrl });
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
