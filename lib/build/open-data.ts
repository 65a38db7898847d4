/** Writes the open data files under /data/ (lib/open-data/), which the /data/ page describes. */
import { type DataFile, dataFilePath, openDataFiles } from '../open-data/files';
import { absoluteUrl } from '../settings';
import type { SiteContent } from '../site/load';
import type { BuildStep } from './step';
import { writeFilesUnder } from './write-files';

/** Writes the open data files of `content` under `outDir`/data/; returns them. */
export function writeOpenDataFiles(
  outDir: string,
  { bulletins, qas, taxonomies }: Pick<SiteContent, 'bulletins' | 'qas' | 'taxonomies'>,
): DataFile[] {
  const files = openDataFiles({ bulletins, qas, taxonomies, absoluteUrl });
  writeFilesUnder(
    outDir,
    files.map((file) => ({ path: dataFilePath(file.name), body: file.body })),
  );
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
