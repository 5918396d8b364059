/**
 * A real PocketBase for a test: a fresh copy of the demo-city template (or an empty,
 * migrated database) in a temp dir, served on a free loopback port.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { markDemoDataDir } from '../../scripts/lib/demo-data';
import { createDatabase, servePrivately } from '../../scripts/lib/pocketbase-process';
import { TEST_SUPERUSER } from './test-superuser';

export interface TestServer {
  url: string;
  dataDir: string;
  superuser: { email: string; password: string };
  /** Stops PocketBase and serves the same data directory again (a new port: `url` changes). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * @param opts.demo start from the demo city's records (default true); false gives an empty database.
 * @param opts.markedDemo also mark the copy as the demo data directory, as `npm start` does
 *   (imports are then refused); without it the copy is a populated city that takes imports.
 * @param opts.publicDir serve this folder's files instead of the built app (pb_public/)
 */
export async function startServer(
  opts: { demo?: boolean; markedDemo?: boolean; publicDir?: string } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sasaeai-test-'));
  if (opts.demo ?? true) {
    cpSync(inject('demoTemplateDir'), dataDir, { recursive: true });
    if (opts.markedDemo) markDemoDataDir(dataDir);
  } else {
    await createDatabase(dataDir, TEST_SUPERUSER);
  }
  const serve = () => servePrivately({ dataDir, publicDir: opts.publicDir });
  let pb = await serve();
  const server: TestServer = {
    url: pb.url,
    dataDir,
    superuser: TEST_SUPERUSER,
    async restart() {
      await pb.stop();
      pb = await serve();
      server.url = pb.url;
    },
    async stop() {
      await pb.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}
