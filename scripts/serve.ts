/**
 * Serve the exported site in out/ on http://localhost:$PORT (default 3000) the way a static
 * host does (lib/checks/static-host.ts). OUT_DIR: another export; BASE_PATH, when set at build
 * time, is the prefix the site lives under.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createStaticHost } from '../lib/checks/static-host';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

if (!existsSync(root)) {
  console.error(`${root} does not exist: run npm run build first.`);
  process.exit(1);
}

const server = createStaticHost({ root, basePath });
server.listen(port, () => {
  // PORT=0 picks a free port: print the one given.
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} on http://localhost:${listening}${basePath}/`);
});
