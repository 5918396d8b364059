/**
 * Fills a fresh data directory with the demo city, never leaving a half-loaded one behind.
 *
 * The city is loaded through a private PocketBase on a free loopback port; only when the
 * whole load has succeeded is the directory handed on. On failure the directory is removed,
 * so the next start tries again from scratch instead of keeping a broken city.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoCity } from '../../src/lib/demo-city/generate-demo-city';
import { loadDataset, type LoadReport } from '../../src/lib/data-access/load-dataset';
import { withNewDatabase } from './with-new-database';

/** The demo superuser (PocketBase admin UI at /_/); created only together with the demo data. */
export const DEMO_SUPERUSER = {
  email: 'superuser@example.com',
  password: 'sasaeai-demo-superuser',
};

/**
 * The file that marks a data directory as the demo city's (issue #11). The server refuses
 * imports into a marked directory (pb_hooks/lib/demo-mode.js, which repeats this name) and
 * `npm start` warns when it serves one beyond loopback.
 *
 * Why a file and not `site.fictional`: the flag is data, which admins and imports may change
 * (an import that names a city sets it to false), while the marker can only be removed by
 * someone with shell access to the server. It sits inside the data directory, so a backup of
 * a demo carries it and a restored demo stays a demo; it is plain text, so an operator who
 * lists the directory sees what it is.
 */
export const DEMO_MARKER_FILE = 'sasaeai-demo-city.txt';

const DEMO_MARKER_TEXT = `This data directory holds the fictional demo city of sasaeai (支えあいマップ).
Its accounts have passwords published in the README. The server refuses imports here.
A real city gets its own data directory: npx sasaeai init --data-dir DIR … (see README,
"Run it for your city"). Do not delete this file to import a real city into the demo.
`;

/** Marks `dataDir` as the demo city's (see {@link DEMO_MARKER_FILE}). */
export function markDemoDataDir(dataDir: string): void {
  writeFileSync(join(dataDir, DEMO_MARKER_FILE), DEMO_MARKER_TEXT);
}

/** Whether `dataDir` is marked as the demo city's (see {@link DEMO_MARKER_FILE}). */
export function isDemoDataDir(dataDir: string): boolean {
  return existsSync(join(dataDir, DEMO_MARKER_FILE));
}

/**
 * Migrates `dataDir`, creates `superuser` and loads the generated demo city into it.
 * @param dataDir must not hold a database yet.
 * @param opts.mark write the demo marker (default true). The test template alone passes false:
 *   it is a populated city the import tests load files into, not a demo anyone serves.
 */
export async function createDemoDataDir(
  dataDir: string,
  superuser: { email: string; password: string } = DEMO_SUPERUSER,
  opts: { quiet?: boolean; mark?: boolean } = {},
): Promise<LoadReport> {
  try {
    // Marked first: the server refuses demo accounts in an unmarked directory (pb_hooks/demo-accounts.pb.js).
    mkdirSync(dataDir, { recursive: true });
    markDemoDataDir(dataDir);
    return await withNewDatabase(dataDir, superuser, async (gateway) => {
      const dataset = generateDemoCity();
      if (!opts.quiet)
        console.log(`Loading the demo city ${dataset.site.cityName} (${dataset.site.cityNameEn})…`);
      const report = await loadDataset(gateway, dataset);
      if (!(opts.mark ?? true)) rmSync(join(dataDir, DEMO_MARKER_FILE));
      return report;
    });
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}
