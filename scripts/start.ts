/**
 * `npm start`: builds what is missing (PocketBase, the web app), loads the demo city into an
 * empty data directory, and serves everything from one PocketBase process.
 *
 * Environment: HOST (default 127.0.0.1), PORT (default 8090), DATA_DIR (default ./pb_data).
 * A data directory that already holds a database is used as it is.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensurePocketBase } from './lib/pocketbase-binary';
import { createDemoDataDir, DEMO_SUPERUSER } from './lib/demo-data';
import { servePocketBase } from './lib/pocketbase-process';
import { ensureSpa } from './lib/spa-build';

const started = performance.now();
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8090);
const dataDir = resolve(process.env.DATA_DIR || 'pb_data');

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a number from 1 to 65535, got "${process.env.PORT}".`);
  process.exit(2);
}

try {
  ensurePocketBase();
  ensureSpa();
  if (!existsSync(join(dataDir, 'data.db'))) {
    mkdirSync(dataDir, { recursive: true });
    const report = await createDemoDataDir(dataDir);
    const summary = Object.entries(report.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(`Demo city loaded into ${dataDir}: ${summary}.`);
    console.log(`Admin UI superuser (demo only): ${DEMO_SUPERUSER.email} / ${DEMO_SUPERUSER.password}`);
  }
  const pb = await servePocketBase({ dataDir, host, port });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n支えあいマップ sasaeai is running (ready in ${seconds} s):`);
  console.log(`  app:      ${pb.url}/`);
  console.log(`  admin UI: ${pb.url}/_/`);
  console.log(`  data:     ${dataDir}\n`);
  const shutdown = () => void pb.stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  pb.process.on('exit', (code) => process.exit(code ?? 0));
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
