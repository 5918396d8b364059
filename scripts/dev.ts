/**
 * `npm run dev`: PocketBase (with the demo city on first run) on PORT (default 8090) and
 * Vite's dev server on 5173 proxying /api and /_ to it (see vite.config.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensurePocketBase } from './lib/pocketbase-binary';
import { createDemoDataDir } from './lib/demo-data';
import { servePocketBase } from './lib/pocketbase-process';
import { repoRoot } from './lib/repo-root';

const port = Number(process.env.PORT || 8090);
const dataDir = resolve(process.env.DATA_DIR || 'pb_data');

ensurePocketBase();
if (!existsSync(join(dataDir, 'data.db'))) {
  mkdirSync(dataDir, { recursive: true });
  await createDemoDataDir(dataDir);
}
const pb = await servePocketBase({ dataDir, host: '127.0.0.1', port });
const vite = spawn(process.execPath, [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'dev'], {
  stdio: 'inherit',
  env: { ...process.env, PB_URL: pb.url },
});
const shutdown = () => {
  vite.kill('SIGTERM');
  void pb.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
vite.on('exit', () => void pb.stop().then(() => process.exit(0)));
