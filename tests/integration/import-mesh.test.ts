/**
 * Population by mesh code (e-Stat 地域メッシュ統計) through the same plan → report → atomic
 * apply path as towns and places, on the demo city: cells are created once, a re-import
 * writes nothing, a changed count updates one cell, and a file with a bad mesh code changes
 * nothing. Also checks that the site keeps its kana and English names when an import updates
 * it (the mesh source adds a credit line to the site).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import';
import { startServer, type TestServer } from '../helpers/server';
import { type ApiClient, type ListBody, signInSuperuser } from './api';
import { asSuperuser, runCliJson } from './run-cli';

const MESH = resolve(__dirname, '../fixtures/import/takasaki-mesh-500m.csv');
const SOURCE = 'takasaki-mesh-500m';

let server: TestServer;
let su: ApiClient;
let dir: string;
type Rec = Record<string, unknown> & { id: string };

async function all(collection: string, filter = ''): Promise<Rec[]> {
  const out: Rec[] = [];
  for (let page = 1; ; page++) {
    const q = `perPage=500&page=${page}&skipTotal=1&sort=id${filter ? `&filter=${encodeURIComponent(filter)}` : ''}`;
    const res = await su.get<ListBody<Rec>>(`/api/collections/${collection}/records?${q}`);
    out.push(...res.body.items);
    if (res.body.items.length < 500) return out;
  }
}

async function snapshot(): Promise<string> {
  const out: Record<string, Rec[]> = {};
  for (const c of ['population_cells', 'areas', 'data_sources', 'site', 'change_log'])
    out[c] = await all(c);
  return JSON.stringify(out);
}

async function cli(
  args: string[],
): Promise<{ code: number; out: string; report: Record<string, unknown> }> {
  const { code, out, json } = await runCliJson(importCommand, [
    ...args,
    ...asSuperuser(server),
    '--json',
  ]);
  return { code, out, report: json };
}

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  dir = mkdtempSync(join(tmpdir(), 'sasaeai-mesh-'));
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const ARGS = ['--population-mesh', MESH, '--population-year', '2020'];

describe('population by mesh code', () => {
  it('a dry run reports the cells and writes nothing', async () => {
    const before = await snapshot();
    const { code, report } = await cli(ARGS);
    expect(code).toBe(0);
    expect(report.counts).toMatchObject({
      population_cells: { create: 5, update: 0, unchanged: 0 },
    });
    expect(report.applied).toBeNull();
    expect(await snapshot()).toBe(before);
  }, 60_000);

  it('--apply writes one cell per code, credits the source and keeps the site names', async () => {
    const demoCells = (await all('population_cells')).length;
    const siteBefore = (await all('site'))[0]!;
    expect(siteBefore.city_name_kana).not.toBe('');
    const { code, report } = await cli([...ARGS, '--apply']);
    expect(code).toBe(0);
    expect(report.applied).toMatchObject({
      'population_cells:create': 5,
      'data_sources:create': 1,
      'site:update': 1,
    });
    const cells = await all('population_cells', `source = "${SOURCE}"`);
    expect(
      cells.map((c) => [c.mesh_code, c.mesh_m, c.population, c.population_65, c.year]).sort(),
    ).toEqual([
      ['543930803', 500, 1204, 310, 2020],
      ['543930804', 500, 987, 276, 2020],
      ['543930901', 500, 0, 0, 2020],
      ['543930903', 500, 0, 0, 2020], // suppressed ("-"): unknown, stored as 0
      ['543930911', 500, 452, 0, 2020],
    ]);
    expect((await all('population_cells')).length).toBe(demoCells + 5);
    const source = (await all('data_sources', `key = "${SOURCE}"`))[0];
    expect(source).toMatchObject({
      record_count: 5,
      attribution: expect.stringMatching(/地域メッシュ統計/),
    });
    const site = (await all('site'))[0]!;
    expect(site.attribution).toMatch(/地域メッシュ統計/);
    expect([site.city_name, site.city_name_kana, site.city_name_en]).toEqual([
      siteBefore.city_name,
      siteBefore.city_name_kana,
      siteBefore.city_name_en,
    ]);
  }, 60_000);

  it('importing the same file again changes nothing', async () => {
    const before = await snapshot();
    const { code, report } = await cli([...ARGS, '--apply']);
    expect(code).toBe(0);
    expect(report.counts).toMatchObject({
      population_cells: { create: 0, update: 0, unchanged: 5 },
      site: { create: 0, update: 0, unchanged: 1 },
    });
    expect(report.applied).toEqual({});
    expect(await snapshot()).toBe(before);
  }, 60_000);

  it('a changed count updates only that cell', async () => {
    const path = join(dir, `${SOURCE}.csv`); // same name → same source key
    writeFileSync(path, readFileSync(MESH, 'utf8').replace('987', '990'));
    const { code, report } = await cli([
      '--population-mesh',
      path,
      '--population-year',
      '2020',
      '--apply',
    ]);
    expect(code).toBe(0);
    expect(report.applied).toEqual({ 'population_cells:update': 1 });
    expect(
      (await all('population_cells', `mesh_code = "543930804" && source = "${SOURCE}"`))[0]!
        .population,
    ).toBe(990);
  }, 60_000);

  it('a file with a bad mesh code names the row and changes nothing', async () => {
    const path = join(dir, 'bad-mesh.csv');
    writeFileSync(path, readFileSync(MESH, 'utf8').replace('543930911', '543930915'));
    const before = await snapshot();
    const { code, report } = await cli(['--population-mesh', path, '--apply']);
    expect(code).toBe(1);
    expect(report.applied).toBeNull();
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'bad-mesh.csv',
        row: 5,
        field: 'KEY_CODE',
        message: expect.stringMatching(/543930915/),
      }),
    );
    expect(await snapshot()).toBe(before);
  }, 60_000);
});
