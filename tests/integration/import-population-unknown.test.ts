/**
 * An unknown population survives the server: towns imported without a population column are
 * stored as unknown (not as 0 residents), read back as unknown through the gateway's field
 * mapping, distinct from a town where the table says nobody lives, and re-importing the same
 * files changes nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import';
import { toArea, type PbRecord } from '../../src/lib/data-access/records';
import { sampleTownsZip } from '../../src/lib/import/__fixtures__/write-shapefile';
import { startServer, type TestServer } from '../helpers/server';
import { type ApiClient, type ListBody, signInSuperuser } from './api';
import { asSuperuser, runCliJson } from './run-cli';

let server: TestServer;
let su: ApiClient;
let dir: string;

type Report = { counts: Record<string, { create: number; update: number; unchanged: number }> };

async function cli(args: string[]): Promise<{ code: number; report: Report }> {
  const { code, json } = await runCliJson<Report>(importCommand, [
    ...args,
    ...asSuperuser(server),
    '--apply',
    '--json',
  ]);
  return { code, report: json };
}

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-popunknown-'));
}, 60_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('import: unknown population', () => {
  it('stores towns without a population as unknown, apart from a known 0, and re-imports unchanged', async () => {
    const towns = join(dir, 'h27ka10202.zip');
    writeFileSync(towns, sampleTownsZip());
    const districts = join(dir, 'districts.csv');
    writeFileSync(districts, 'town_name,district\n八島町,高崎中央\n旭町,高崎中央\n東町,高崎東\n');
    // No population column in the boundaries; the table knows 八島町 (120) and 東町 (nobody).
    const population = join(dir, 'pop.csv');
    writeFileSync(population, 'town_code,population\n102020010,120\n102020030,0\n');
    const args = [
      '--city-name',
      '高崎市',
      '--city-code',
      '10202',
      '--towns',
      towns,
      '--town-fields',
      'population=',
      '--districts',
      districts,
      '--population',
      population,
    ];
    const first = await cli(args);
    expect(first.code).toBe(0);

    const res = await su.get<ListBody<PbRecord>>(
      `/api/collections/areas/records?perPage=50&filter=${encodeURIComponent('source_id ~ "10202" || name ~ "高崎"')}`,
    );
    const byName = new Map(res.body.items.map((r) => [String(r.name), r]));
    expect(byName.get('旭町')).toMatchObject({ population: 0, population_unknown: true });
    expect(byName.get('東町')).toMatchObject({ population: 0, population_unknown: false });
    expect(toArea(byName.get('旭町')!).population).toBeNull();
    expect(toArea(byName.get('東町')!).population).toBe(0);
    expect(toArea(byName.get('八島町')!).population).toBe(120);
    // The district sums what is known.
    expect(toArea(byName.get('高崎中央')!).population).toBe(120);

    const again = await cli(args);
    expect(again.code).toBe(0);
    expect(again.report.counts.areas).toMatchObject({ create: 0, update: 0 });
  });
});
