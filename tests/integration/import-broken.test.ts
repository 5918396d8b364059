/**
 * Broken inputs never touch the database: each one gives a clear message naming the file and
 * row, the CLI exits non-zero with --apply, and every collection is byte-for-byte the same
 * afterwards. Runs against the demo city, so "unchanged" is checked on a full database.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import';
import { PRJ_PLANE_IX, sampleTownsZip } from '../../src/lib/import/__fixtures__/write-shapefile';
import { startServer, type TestServer } from '../helpers/server';
import { type ApiClient, type ListBody, signInSuperuser } from './api';
import { asSuperuser, runCli, type CliRun } from './run-cli';

let server: TestServer;
let su: ApiClient;
let dir: string;
type Rec = Record<string, unknown> & { id: string };

async function snapshot(): Promise<string> {
  const out: Record<string, Rec[]> = {};
  for (const c of ['areas', 'resources', 'organizations', 'data_sources', 'site', 'change_log']) {
    out[c] = [];
    for (let page = 1; ; page++) {
      const res = await su.get<ListBody<Rec>>(
        `/api/collections/${c}/records?perPage=500&page=${page}&skipTotal=1&sort=id`,
      );
      out[c].push(...res.body.items);
      if (res.body.items.length < 500) break;
    }
  }
  return JSON.stringify(out);
}

function file(name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A thrown UsageError comes back as code -1 with its message: the cases assert on it. */
const cli = (args: string[]): Promise<CliRun> =>
  runCli(importCommand, [...args, ...asSuperuser(server), '--apply'], { errorsAsOutput: true });

let demoPoint: [number, number];
const HEADER = 'ID,名称,住所,緯度,経度';

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-import-'));
  const towns = await su.get<ListBody<Rec>>(
    '/api/collections/areas/records?perPage=1&filter=' + encodeURIComponent('kind = "town"'),
  );
  const p = towns.body.items[0]!.point as { lon: number; lat: number };
  demoPoint = [p.lon, p.lat];
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const TOWN_ARGS = ['--city-name', '高崎市', '--city-code', '10202'];

describe('broken inputs leave the database exactly as it was', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    [
      'a truncated zip',
      () => {
        const z = sampleTownsZip();
        return [...TOWN_ARGS, '--towns', file('truncated.zip', z.subarray(0, z.length - 40))];
      },
      /truncated\.zip: the zip file cannot be opened/,
    ],
    [
      'a zip without .dbf',
      () => [...TOWN_ARGS, '--towns', file('nodbf.zip', sampleTownsZip({ dbf: false }))],
      /nodbf\.zip: .*h27ka10202\.dbf is missing/,
    ],
    [
      'a wrong encoding',
      () => [...TOWN_ARGS, '--towns', file('cpg.zip', sampleTownsZip({ cpg: 'UTF-8' }))],
      /cpg\.zip\/h27ka10202\.dbf, row 1, field S_NAME: .*wrong encoding/,
    ],
    [
      'projected coordinates',
      () => [...TOWN_ARGS, '--towns', file('plane.zip', sampleTownsZip({ prj: PRJ_PLANE_IX }))],
      /plane\.zip: the coordinates are projected/,
    ],
    [
      'latitude 135',
      () => [
        '--places',
        file(
          'lat.csv',
          `${HEADER}\n1,A,,${demoPoint[1]},${demoPoint[0]}\n2,B,,135,${demoPoint[0]}\n`,
        ),
      ],
      /lat\.csv, row 3, field 緯度: latitude 135 is outside/,
    ],
    [
      'duplicate source ids',
      () => [
        '--places',
        file(
          'dup.csv',
          `${HEADER}\n1,A,,${demoPoint[1]},${demoPoint[0]}\n1,B,,${demoPoint[1]},${demoPoint[0]}\n`,
        ),
      ],
      /dup\.csv, row 3, field ID: id "1" is used twice \(first on row 2\)/,
    ],
    [
      'a district that does not exist',
      () => [
        ...TOWN_ARGS,
        '--towns',
        file('ok.zip', sampleTownsZip()),
        '--districts',
        file('map.csv', 'town_name,district\n八島町,中央\n旭町,北\n'),
        '--district-list',
        file('list.csv', 'district\n中央\n'),
      ],
      /map\.csv, row 3, field district: district "北" is not in the district list/,
    ],
    ['an empty file', () => ['--places', file('empty.csv', '')], /empty\.csv: the file is empty/],
  ];
  it.each(cases)(
    '%s',
    async (_name, args, message) => {
      const before = await snapshot();
      const { code, out } = await cli(args());
      expect(out).toMatch(message);
      expect(code).toBe(1);
      expect(await snapshot()).toBe(before);
    },
    60_000,
  );

  it('a record the server rejects half-way rolls back the whole import', async () => {
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `${i},サロン${i},,${demoPoint[1]},${demoPoint[0]}`,
    );
    rows[1400] = `1400,${'長'.repeat(300)},,${demoPoint[1]},${demoPoint[0]}`; // name over 200 characters
    const before = await snapshot();
    const { code, out } = await cli([
      '--places',
      file('long.csv', `${HEADER}\n${rows.join('\n')}\n`),
    ]);
    expect(code).toBe(-1);
    expect(out).toMatch(/long\.csv row 1402: .*name.* nothing was changed/);
    expect(await snapshot()).toBe(before);
  }, 120_000);
});
