/**
 * What `npm start` and `npm run dev` do with DATA_DIR before serving it (issue #11):
 * - missing or empty: the demo city is loaded into it (and it is marked as the demo);
 * - holding a database (`data.db`, e.g. made by `sasaeai init` or by an earlier start): served
 *   as it is — never any demo data;
 * - holding other files but no database: refused, so that the demo is never mixed into a
 *   directory someone meant for something else (a half-copied restore, the wrong path).
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoDataDir, DEMO_SUPERUSER, isDemoDataDir } from './demo-data';

export type DataDirState = 'missing' | 'empty' | 'database' | 'other';

/** The state of `dataDir` (see the module comment). */
export function dataDirState(dataDir: string): DataDirState {
  if (!existsSync(dataDir)) return 'missing';
  if (existsSync(join(dataDir, 'data.db'))) return 'database';
  return readdirSync(dataDir).length === 0 ? 'empty' : 'other';
}

/**
 * Makes `dataDir` ready to serve: loads the demo city into a missing or empty directory.
 * @returns whether the directory is the demo's, and whether the demo was loaded just now.
 * @throws Error naming the directory when it holds files but no database.
 */
export async function prepareDataDir(
  dataDir: string,
  log: (msg: string) => void = console.log,
): Promise<{ demo: boolean; loaded: boolean }> {
  const state = dataDirState(dataDir);
  if (state === 'other') {
    throw new Error(
      `${dataDir} holds files but no PocketBase database (data.db), so it is neither a city nor empty: nothing was loaded into it. ` +
        'Give DATA_DIR an empty or missing directory for the demo city, or make a real city with "npx sasaeai init --data-dir DIR …".',
    );
  }
  if (state === 'database') return { demo: isDemoDataDir(dataDir), loaded: false };
  mkdirSync(dataDir, { recursive: true });
  const report = await createDemoDataDir(dataDir);
  const summary = Object.entries(report.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  log(`Demo city loaded into ${dataDir}: ${summary}.`);
  log(`Admin UI superuser (demo only): ${DEMO_SUPERUSER.email} / ${DEMO_SUPERUSER.password}`);
  return { demo: true, loaded: true };
}
