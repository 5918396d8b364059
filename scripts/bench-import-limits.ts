/**
 * `npx tsx scripts/bench-import-limits.ts [rows]` — the bounded-resources half of
 * `npm run bench:import` (issue #12), run by it in a child process so the numbers are this
 * work's own:
 *
 * 1. peak memory of a dry run of a `rows`-row (default 1,000,000) places CSV in the
 *    自治体標準オープンデータセット layout against Takasaki's towns (read + plan, no server: the
 *    towns come from planning chome_2015.geojson offline): the peak RSS
 *    (`process.resourceUsage().maxRSS`, a true high-water mark) and the heap still holding the
 *    plan afterwards, each also after the towns only;
 * 2. the zip check: how long `readBoundaries` takes to refuse (a) a zip declaring a 1.5 GB
 *    entry and (b) a zip declaring 100 bytes that inflates past the 256 MiB per-entry limit.
 *
 * Prints lines for people and, last, one JSON object.
 */
import { readFileSync } from 'node:fs';
import { prepareImport } from '../src/lib/import/prepare-import';
import type { ExistingState } from '../src/lib/import/plan-import';
import { readBoundaries } from '../src/lib/import/read-boundaries';
import { zipBomb } from '../src/lib/import/__fixtures__/zip-bomb';
import { sharedData } from '../tests/helpers/shared-data';
import { takasakiTownsRequest } from './lib/takasaki-towns-request';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const DATA = sharedData('takasaki');
const MiB = 2 ** 20;
const mib = (bytes: number) => Math.round(bytes / MiB);

// Takasaki's towns and one district, as stored after a first import.
const towns = await prepareImport(takasakiTownsRequest(DATA), {
  areas: [],
  resources: [],
  dataSources: [],
  site: null,
});
const existing: ExistingState = {
  areas: towns.ops.flatMap((o) => (o.collection === 'areas' ? [o.record] : [])),
  resources: [],
  dataSources: [],
  site: null,
};
const baseRssMiB = mib(process.resourceUsage().maxRSS * 1024);
const baseHeapMiB = mib(process.memoryUsage().heapUsed);

// The CSV as bytes, built row by row into one buffer (no second copy as one string).
const points = readFileSync(`${DATA}/chome_2015_points.csv`, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const enc = new TextEncoder();
const parts: Uint8Array[] = [
  enc.encode('ID,名称,名称_カナ,住所,緯度,経度,電話番号,利用可能曜日,開始時間,終了時間,URL,備考\n'),
];
for (let i = 0; i < ROWS; i += 10_000) {
  let chunk = '';
  for (let j = i; j < Math.min(ROWS, i + 10_000); j++) {
    const p = points[j % points.length]!;
    chunk += `${j + 1},${p[4]}サロン${j + 1},サロン,群馬県高崎市${p[4]},${p[9]},${p[8]},027-000-0000,月・木,10:00,12:00,,お茶代100円\n`;
  }
  parts.push(enc.encode(chunk));
}
const csv = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
for (let at = 0, k = 0; k < parts.length; at += parts[k]!.length, k++) csv.set(parts[k]!, at);
parts.length = 0;

let t = performance.now();
const plan = await prepareImport(
  { places: [{ file: { name: 'places.csv', bytes: csv }, kind: 'gathering_place' }] },
  existing,
);
const dryRunMs = Math.round(performance.now() - t);
const peakRssMiB = mib(process.resourceUsage().maxRSS * 1024);
// The heap still holding the plan (every planned record): what the dry run keeps, not a peak.
const heapAfterMiB = mib(process.memoryUsage().heapUsed);
const created = plan.report.counts.resources?.create ?? 0;
// A file over MAX_PLACE_ROWS is refused when reading reaches the limit (csvTooManyRows).
const refused = plan.report.issues.find((i) => i.severity === 'error')?.code ?? null;

// The zip check, with the default limits.
const honest = zipBomb({
  entry: 'h27ka10202.shp',
  unpackedBytes: 300 * MiB,
  extra: { 'h27ka10202.dbf': new Uint8Array(10) },
});
// Declare 1.5 GB in the central directory (it is refused from the directory alone).
{
  const v = new DataView(honest.buffer, honest.byteOffset, honest.byteLength);
  for (let i = 0; i + 30 <= honest.length; i++)
    if (v.getUint32(i, true) === 0x02014b50 && v.getUint32(i + 24, true) === 300 * MiB)
      v.setUint32(i + 24, 1536 * MiB, true);
}
t = performance.now();
const a = await readBoundaries({ name: 'declared-1.5GB.zip', bytes: honest });
const declaredMs = Math.round(performance.now() - t);
const liar = zipBomb({
  entry: 'h27ka10202.shp',
  unpackedBytes: 300 * MiB,
  lie: true,
  extra: { 'h27ka10202.dbf': new Uint8Array(10) },
});
t = performance.now();
const b = await readBoundaries({ name: 'lying-300MiB.zip', bytes: liar });
const inflatingMs = Math.round(performance.now() - t);

console.log(
  `dry run of ${ROWS} rows (${mib(csv.length)} MiB CSV, ${created} places planned${refused ? `, refused: ${refused}` : ''}): ${dryRunMs} ms`,
);
console.log(
  `  peak RSS ${peakRssMiB} MiB (towns only: ${baseRssMiB} MiB); heap holding the plan ${heapAfterMiB} MiB (towns only: ${baseHeapMiB} MiB)`,
);
console.log(
  `zip check: declared 1.5 GB entry refused in ${declaredMs} ms (${a.issues[0]?.code}); ${(liar.length / 1024).toFixed(0)} KiB zip inflating past 256 MiB refused in ${inflatingMs} ms (${b.issues[0]?.code})`,
);
console.log(
  JSON.stringify({
    rows: ROWS,
    csvMiB: mib(csv.length),
    created,
    refused,
    dryRunMs,
    peakRssMiB,
    baseRssMiB,
    heapAfterMiB,
    baseHeapMiB,
    zipDeclaredMs: declaredMs,
    zipInflatingMs: inflatingMs,
    zipIssues: [a.issues[0]?.code, b.issues[0]?.code],
  }),
);
