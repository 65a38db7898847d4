/**
 * `npm run draw:icons`: redraws the site's icons and its sharing card (lib/generators/icons.ts)
 * with Chromium. Run it after changing the design, the colours or the site's name; the outputs
 * are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { drawIcons } from '../lib/generators/icons';

for (const [file, bytes] of await drawIcons()) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}
console.log('✓ icons and sharing card drawn');
