/**
 * `npm run dev`: PocketBase (with the demo city on first run) on PORT (default 8090) and
 * Vite's dev server on 5173 proxying /api and /_ to it (see vite.config.ts).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ensurePocketBase } from './lib/pocketbase-binary';
import { prepareDataDir } from './lib/prepare-data-dir';
import { servePocketBase } from './lib/pocketbase-process';
import { repoRoot } from './lib/repo-root';

const port = Number(process.env.PORT || 8090);
const dataDir = resolve(process.env.DATA_DIR || 'pb_data');

ensurePocketBase();
await prepareDataDir(dataDir);
// Dev mode (SQL statements on the console) only here: npm start and tests never get it.
const pb = await servePocketBase({ dataDir, host: '127.0.0.1', port, dev: true });
const vite = spawn(
  process.execPath,
  [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'dev'],
  {
    stdio: 'inherit',
    env: { ...process.env, PB_URL: pb.url },
  },
);
const shutdown = () => {
  vite.kill('SIGTERM');
  void pb.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
vite.on('exit', () => void pb.stop().then(() => process.exit(0)));
