/**
 * A PocketBase with a fresh copy of the demo city in a temp dir on a free loopback port, for
 * the web and load benchmarks (built binary and web app first, when their sources changed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoDataDir } from './demo-data';
import { ensurePocketBase } from './pocketbase-binary';
import { servePrivately } from './pocketbase-process';
import { ensureSpa } from './spa-build';

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

export async function startBenchServer(opts: { spa?: boolean } = {}): Promise<BenchServer> {
  ensurePocketBase();
  if (opts.spa) ensureSpa();
  const root = mkdtempSync(join(tmpdir(), 'sasaeai-bench-'));
  const dataDir = join(root, 'pb_data');
  await createDemoDataDir(
    dataDir,
    { email: 'bench@example.com', password: 'bench-superuser-password' },
    { quiet: true },
  );
  const pb = await servePrivately({ dataDir });
  return {
    url: pb.url,
    async stop() {
      await pb.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
