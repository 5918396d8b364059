/**
 * `npm start`: builds what is missing (PocketBase, the web app), loads the demo city into a
 * missing or empty data directory, and serves it from one PocketBase process, which it restarts
 * (with a back-off) if it dies.
 *
 * Environment: HOST (default 127.0.0.1), PORT (default 8090), DATA_DIR (default ./pb_data).
 * A data directory that already holds a database (a real city made by `sasaeai init`, or an
 * earlier demo) is served as it is; see scripts/lib/prepare-data-dir.ts.
 *
 * While it runs, DATA_DIR/.sasaeai-server.json names this process and its PocketBase child, so
 * that `sasaeai restore` and a second `npm start` can tell the directory is in use
 * (scripts/lib/server-lock.ts). SIGINT/SIGTERM stop PocketBase and remove that file.
 */
import { resolve } from 'node:path';
import { DEMO_PASSWORD } from '../src/lib/demo-city/generate-demo-users';
import { DEMO_SUPERUSER } from './lib/demo-data';
import { isLoopbackHost } from './lib/is-loopback-host';
import { ensurePocketBase } from './lib/pocketbase-binary';
import { prepareDataDir } from './lib/prepare-data-dir';
import { findRunningServer, removeServerLock, writeServerLock } from './lib/server-lock';
import { ensureSpa } from './lib/spa-build';
import { supervisePocketBase } from './lib/supervise-pocketbase';
import { errorMessage } from '../src/lib/domain/error-message';

const started = performance.now();
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8090);
const dataDir = resolve(process.env.DATA_DIR || 'pb_data');

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a number from 1 to 65535, got "${process.env.PORT}".`);
  process.exit(2);
}

try {
  const inUse = findRunningServer(dataDir);
  if (inUse)
    throw new Error(`DATA_DIR ${dataDir} is already in use: ${inUse}. Stop that server first.`);
  ensurePocketBase();
  ensureSpa();
  const { demo } = await prepareDataDir(dataDir);
  const startedAt = new Date().toISOString();
  const pb = await supervisePocketBase({
    dataDir,
    host,
    port,
    onStart: (p) =>
      writeServerLock(dataDir, {
        pid: process.pid,
        pocketbasePid: p.process.pid ?? null,
        url: p.url,
        startedAt,
      }),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n支えあいマップ sasaeai is running (ready in ${seconds} s):`);
  console.log(`  app:      ${pb.url}/`);
  console.log(`  admin UI: ${pb.url}/_/`);
  console.log(`  data:     ${dataDir}${demo ? ' (the fictional demo city)' : ''}\n`);
  if (demo && !isLoopbackHost(host)) {
    console.warn(
      `WARNING: this is the DEMO city, served on ${host}, reachable from other machines. Its accounts' passwords are ` +
        `published in the README (admin@example.com / ${DEMO_PASSWORD}, ${DEMO_SUPERUSER.email} / ${DEMO_SUPERUSER.password}): ` +
        'anyone who can reach this port can sign in as an administrator. Serve the demo on 127.0.0.1 only; ' +
        'for a real city run "npx sasaeai init" (README, "Run it for your city").\n',
    );
  }
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    void pb.stop().then(() => {
      removeServerLock(dataDir);
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (err) {
  console.error(errorMessage(err));
  process.exit(1);
}
