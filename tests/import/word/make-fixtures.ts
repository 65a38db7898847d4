/**
 * `npm run fixtures:word`: writes each word-processor fixture as a .fodt and exports it to PDF
 * with LibreOffice (`soffice --headless --convert-to pdf`; Debian's libreoffice-writer-nogui),
 * into tests/fixtures/import/word/. Only to regenerate them: the PDFs are committed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFixtureIssue } from '../pdf/fixture-issue';
import { root } from '../pdf/shapes';
import { WORD_DIR, WORD_FIXTURES } from './fixtures';
import { issueFodt } from './fodt';

const only = process.argv.slice(2);
const work = mkdtempSync(path.join(tmpdir(), 'word-fixtures-'));
mkdirSync(WORD_DIR, { recursive: true });
try {
  for (const fixture of WORD_FIXTURES.filter((f) => only.length === 0 || only.includes(f.name))) {
    const source = path.join(work, `${fixture.name}.fodt`);
    writeFileSync(source, issueFodt(readFixtureIssue(readFileSync(path.join(root, fixture.fixture), 'utf8')), fixture.layout));
    // A profile of its own, so a running LibreOffice or another user's settings change nothing.
    const result = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, source],
      { encoding: 'utf8' },
    );
    if (result.error || result.status !== 0) {
      console.error(
        `soffice failed on ${fixture.name}: ${result.error?.message ?? result.stderr}\ninstall it with: apt-get install libreoffice-writer-nogui`,
      );
      process.exit(1);
    }
    copyFileSync(path.join(work, `${fixture.name}.pdf`), path.join(WORD_DIR, `${fixture.name}.pdf`));
    if (process.env.KEEP_FODT) copyFileSync(source, path.join(WORD_DIR, `${fixture.name}.fodt`));
    console.log(`${path.relative(root, path.join(WORD_DIR, `${fixture.name}.pdf`))}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
