/** `npm run cms:config`: writes the CMS's public/admin/config.yml (lib/generators/cms-config.ts). A unit test fails when the committed file is stale. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_CONFIG_FILE, cmsConfigYaml } from '../lib/generators/cms-config';

mkdirSync(path.dirname(CMS_CONFIG_FILE), { recursive: true });
writeFileSync(CMS_CONFIG_FILE, cmsConfigYaml());
console.log(`wrote ${CMS_CONFIG_FILE}`);
