/**
 * `npx tsx scripts/bench-import.ts [N]` — imports N (default 50,000) places from one CSV in
 * the 自治体標準オープンデータセット layout into a fresh PocketBase holding Takasaki's towns,
 * the way `sasaeai import --places … --apply` does (read + plan + one-transaction apply), and
 * then re-imports the same file (all unchanged).
 *
 * Baseline in the same run: writing the same N resource records into a second fresh server
 * through PocketBase's batch API in chunks of 1,000 (the old `loadDataset` path: fast, but 50
 * separate transactions, so not all or nothing).
 *
 * Then, in a child process (scripts/bench-import-limits.ts): the peak memory (maxRSS) of a dry run of a 1,000,000-row CSV (second argument; refused once
 * reading reaches MAX_PLACE_ROWS) and the time of the zip size check; then the same for the largest accepted file (MAX_PLACE_ROWS rows, planned in
 * full). Each part ends with one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyImport, readImportState } from '../src/lib/data-access/apply-import';
import { Gateway } from '../src/lib/data-access/gateway';
import { fromResource } from '../src/lib/data-access/records';
import { prepareImport } from '../src/lib/import/prepare-import';
import { MAX_PLACE_ROWS } from '../src/lib/import/read-places';
import { createDatabase, servePrivately } from './lib/pocketbase-process';
import { sharedData } from '../tests/helpers/shared-data';
import { takasakiTownsRequest } from './lib/takasaki-towns-request';

const N = Number(process.argv[2] ?? 50_000);
/** Rows of the dry run whose peak memory is measured (second argument). */
const LIMIT_ROWS = Number(process.argv[3] ?? 1_000_000);
const DATA = sharedData('takasaki');
const SU = { email: 'bench@example.com', password: 'bench-password-1234' };

async function freshServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'sasaeai-bench-'));
  await createDatabase(dataDir, SU);
  const pb = await servePrivately({ dataDir });
  const gateway = new Gateway(pb.url);
  await gateway.loginSuperuser(SU.email, SU.password);
  // Takasaki's towns and districts (everything in one district: the bench is about places).
  const plan = await prepareImport(takasakiTownsRequest(DATA), await readImportState(gateway));
  await applyImport(gateway, plan);
  return {
    gateway,
    async stop() {
      await pb.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function placesCsv(): Uint8Array {
  const points = readFileSync(`${DATA}/chome_2015_points.csv`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const lines = [
    'ID,名称,名称_カナ,住所,緯度,経度,電話番号,利用可能曜日,開始時間,終了時間,URL,備考',
  ];
  for (let i = 0; i < N; i++) {
    const p = points[i % points.length]!;
    lines.push(
      `${i + 1},${p[4]}サロン${i + 1},サロン,群馬県高崎市${p[4]},${p[9]},${p[8]},027-000-0000,月・木,10:00,12:00,,お茶代100円`,
    );
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

const ms = (t: number) => Math.round(performance.now() - t);
const csv = placesCsv();
const request = {
  places: [{ file: { name: 'places.csv', bytes: csv }, kind: 'gathering_place' as const }],
};

const a = await freshServer();
let t = performance.now();
const plan = await prepareImport(request, await readImportState(a.gateway));
const planMs = ms(t);
if (!plan.report.ok) throw new Error(JSON.stringify(plan.report.issues.slice(0, 3)));
t = performance.now();
await applyImport(a.gateway, plan);
const applyMs = ms(t);
t = performance.now();
const again = await prepareImport(request, await readImportState(a.gateway));
const reimportMs = ms(t);
const unchanged = again.report.counts.resources?.unchanged ?? 0;
await a.stop();

const b = await freshServer();
const bodies = plan.ops
  .filter((o) => o.collection === 'resources')
  .map((o) => (o.collection === 'resources' ? fromResource(o.record) : {}));
t = performance.now();
for (let i = 0; i < bodies.length; i += 1000) {
  const batch = b.gateway.pb.createBatch();
  for (const body of bodies.slice(i, i + 1000)) batch.collection('resources').create(body);
  await batch.send();
}
const batchMs = ms(t);
await b.stop();

const totalMs = planMs + applyMs;
console.log(
  `${N} places: read+plan ${planMs} ms, apply (one transaction) ${applyMs} ms, total ${totalMs} ms`,
);
console.log(
  `re-import (read+plan, ${unchanged} unchanged, ${again.ops.length} ops) ${reimportMs} ms`,
);
console.log(
  `baseline batch API, 1000 per request: ${batchMs} ms; apply/baseline ratio ${(applyMs / batchMs).toFixed(2)}`,
);
console.log(
  JSON.stringify({
    places: N,
    planMs,
    applyMs,
    totalMs,
    reimportMs,
    unchanged,
    batchBaselineMs: batchMs,
    applyToBatchRatio: +(applyMs / batchMs).toFixed(2),
  }),
);

// Bounded resources (issue #12): peak memory of a 1,000,000-row dry run and the zip check, in a
// child process of its own so its maxRSS is not this process's (two servers' worth of plans).
/** Runs bench-import-limits.ts on `rows` rows in a child process (it prints its own lines). */
function benchLimits(rows: number): void {
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./bench-import-limits.ts', import.meta.url)),
      String(rows),
    ],
    { stdio: 'inherit' },
  );
  if (child.status !== 0) throw new Error(`bench-import-limits exited with ${child.status}`);
}
benchLimits(LIMIT_ROWS);
// …and the largest file that is accepted (MAX_PLACE_ROWS rows), planned in full.
benchLimits(MAX_PLACE_ROWS);
