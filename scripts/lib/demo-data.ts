/**
 * Fills a fresh data directory with the demo city, never leaving a half-loaded one behind.
 *
 * The city is loaded through a private PocketBase on a free loopback port; only when the
 * whole load has succeeded is the directory handed on. On failure the directory is removed,
 * so the next start tries again from scratch instead of keeping a broken city.
 */
import { rmSync } from 'node:fs';
import { generateDemoCity } from '../../src/lib/demo-city/generate-demo-city';
import { Gateway } from '../../src/lib/data-access/gateway';
import { loadDataset, type LoadReport } from '../../src/lib/data-access/load-dataset';
import { freePort, migrateUp, servePocketBase, upsertSuperuser } from './pocketbase-process';

/** The demo superuser (PocketBase admin UI at /_/); created only together with the demo data. */
export const DEMO_SUPERUSER = { email: 'superuser@example.com', password: 'sasaeai-demo-superuser' };

/**
 * Migrates `dataDir`, creates `superuser` and loads the generated demo city into it.
 * @param dataDir must not hold a database yet.
 */
export async function createDemoDataDir(
  dataDir: string,
  superuser: { email: string; password: string } = DEMO_SUPERUSER,
  opts: { quiet?: boolean } = {},
): Promise<LoadReport> {
  try {
    await migrateUp(dataDir);
    await upsertSuperuser(dataDir, superuser.email, superuser.password);
    const pb = await servePocketBase({ dataDir, host: '127.0.0.1', port: await freePort(), quiet: true });
    try {
      const gateway = new Gateway(pb.url);
      await gateway.loginSuperuser(superuser.email, superuser.password);
      const dataset = generateDemoCity();
      if (!opts.quiet) console.log(`Loading the demo city ${dataset.site.cityName} (${dataset.site.cityNameEn})…`);
      return await loadDataset(gateway, dataset);
    } finally {
      await pb.stop();
    }
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}
