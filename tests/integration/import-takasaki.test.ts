/**
 * End to end: loads Takasaki from ../shared/data/takasaki/ into a fresh PocketBase with the
 * `sasaeai import` CLI (towns, a small towns → districts mapping, the shelters' community
 * halls and 長寿センター as gathering places), checks counts and population sums, and checks
 * that importing the same files again changes nothing.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import';
import { startServer, type TestServer } from '../helpers/server';
import { sharedData } from '../helpers/shared-data';
import { type ApiClient, type ListBody, signInSuperuser } from './api';
import { asSuperuser, runCliJson } from './run-cli';
import { toArea, toResource } from '../../src/lib/data-access/records';
import { indexTowns, searchTowns } from '../../src/lib/search/search-towns';
import { buildSearchIndex } from '../../src/lib/search/build-search-index';
import { resourceSearchDocuments } from '../../src/lib/search/resource-search-documents';
import { searchResources } from '../../src/lib/search/search-resources';
import { relevanceReport } from '../../src/lib/search/__fixtures__/relevance-metrics';
import { TAKASAKI_HIRAGANA_QUERIES } from '../../src/lib/search/__fixtures__/takasaki-shelter-queries';

const DATA = sharedData('takasaki');
const MAPPING = resolve(__dirname, '../fixtures/import/takasaki-districts.csv');

let server: TestServer;
let su: ApiClient;
type Rec = Record<string, unknown> & { id: string };

async function all(collection: string): Promise<Rec[]> {
  const out: Rec[] = [];
  for (let page = 1; ; page++) {
    const res = await su.get<ListBody<Rec>>(
      `/api/collections/${collection}/records?perPage=500&page=${page}&skipTotal=1`,
    );
    out.push(...res.body.items);
    if (res.body.items.length < 500) return out;
  }
}

/** Runs the CLI with --json; returns its exit code and parsed report. */
async function cli(args: string[]): Promise<{ code: number; report: Record<string, unknown> }> {
  const { code, json } = await runCliJson(importCommand, [
    ...args,
    ...asSuperuser(server),
    '--json',
  ]);
  return { code, report: json };
}

const TAKASAKI = [
  '--city-name',
  '高崎市',
  '--city-code',
  '10202',
  '--towns',
  `${DATA}/chome_2015.geojson`,
  '--districts',
  MAPPING,
];
const HALLS = [
  '--places',
  `${DATA}/shelters_designated_evacuation.geojson`,
  '--places-format',
  'gsi',
  '--places-category',
  'community_hall,elderly_center',
  '--places-kind',
  'gathering_place',
  '--town-points',
  `${DATA}/machiaza_points.geojson`,
];

beforeAll(async () => {
  server = await startServer({ demo: false });
  su = await signInSuperuser(server);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('loading Takasaki from official open data', () => {
  it('a dry run writes nothing', async () => {
    const { code, report } = await cli(TAKASAKI);
    expect(code).toBe(0);
    expect(report.applied).toBeNull();
    expect(await all('areas')).toHaveLength(0);
  }, 120_000);

  it('loads towns, districts, daily-life areas and the city with consistent population', async () => {
    const { code, report } = await cli([...TAKASAKI, '--apply']);
    expect(code).toBe(0);
    expect(report.applied).toMatchObject({ 'areas:create': 1 + 4 + 5 + 403 });
    const areas = await all('areas');
    const byKind = (k: string) => areas.filter((a) => a.kind === k);
    expect(byKind('town')).toHaveLength(403);
    expect(byKind('district')).toHaveLength(5);
    expect(byKind('daily_life_area')).toHaveLength(4);
    const sum = (xs: Rec[]) => xs.reduce((s, a) => s + (a.population as number), 0);
    // The official 2015 census total for Takasaki.
    expect(sum(byKind('town'))).toBe(370_884);
    expect(byKind('city')[0]!.population).toBe(370_884);
    expect(sum(byKind('district'))).toBe(370_884);
    for (const d of byKind('district'))
      expect(sum(byKind('town').filter((t) => t.parent === d.id))).toBe(d.population);
    const kurabuchi = byKind('district').find((d) => d.name === '倉渕')!;
    expect(
      byKind('town')
        .filter((t) => t.parent === kurabuchi.id)
        .every((t) => String(t.name).startsWith('倉渕町')),
    ).toBe(true);
    const site = await all('site');
    expect(site[0]).toMatchObject({ city_name: '高崎市', fictional: false });
    expect(site[0]!.attribution).toMatch(/e-Stat/);
  }, 180_000);

  it('adds the community halls and 長寿センター as gathering places with their credit', async () => {
    const { code, report } = await cli([...HALLS, '--apply']);
    expect(code).toBe(0);
    const resources = await all('resources');
    expect(resources).toHaveLength(16 + 11);
    expect(
      resources.every(
        (r) => r.kind === 'gathering_place' && r.district !== '' && r.is_public === true,
      ),
    ).toBe(true);
    expect(resources.filter((r) => String(r.name).includes('長寿センター'))).toHaveLength(11);
    expect(report.issues).toEqual([]);
    // Unknown stays unknown: the shelter list says nothing about who may come, booking or newcomers.
    for (const r of resources)
      expect([r.eligibility, r.booking, r.accepting_newcomers], String(r.name)).toEqual([
        '',
        '',
        '',
      ]);
    const sources = await all('data_sources');
    expect(sources.map((s) => s.key).sort()).toEqual([
      'chome_2015',
      'shelters_designated_evacuation',
      'takasaki-districts',
    ]);
    expect((await all('site'))[0]!.attribution).toMatch(
      /国土地理院 指定緊急避難場所・指定避難所データ/,
    );
  }, 120_000);

  it('gives every town and place a generated reading, flagged, that hiragana search finds', async () => {
    const towns = (await all('areas')).filter((a) => a.kind === 'town');
    const unread = towns.filter((t) => !t.name_kana);
    expect(unread.length, unread.map((t) => t.name).join(', ')).toBeLessThanOrEqual(
      towns.length * 0.02,
    );
    expect(
      towns
        .filter((t) => t.name_kana)
        .every(
          (t) => t.name_kana_generated === true && /^[ぁ-ゖー0-9 ]+$/.test(String(t.name_kana)),
        ),
    ).toBe(true);
    const resources = (await all('resources')).map((r) => toResource(r));
    expect(resources.every((r) => r.nameKana && r.nameKanaGenerated)).toBe(true);
    const index = buildSearchIndex(
      resourceSearchDocuments(resources, { serviceTypes: [], areas: [], organizations: [] })
        .documents,
    );
    const halls = TAKASAKI_HIRAGANA_QUERIES.filter((q) =>
      resources.some((r) => r.name === q.expected[0]),
    );
    expect(halls.length).toBeGreaterThanOrEqual(10);
    const report = relevanceReport(halls, (q) =>
      searchResources(index, { query: q, limit: 20 }).hits.map((h) => h.name),
    );
    expect(report.failures).toEqual([]);
    // The town picker's search finds a town typed in hiragana.
    const areas = (await all('areas')).map((a) => toArea(a));
    const found = searchTowns(indexTowns(areas.filter((a) => a.kind === 'town')), 'みさとまち').map(
      (t) => t.name,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((n) => n.startsWith('箕郷町'))).toBe(true);
  }, 60_000);

  it('importing the same files again changes nothing', async () => {
    const before = JSON.stringify([await all('areas'), await all('resources')]);
    const towns = await cli([...TAKASAKI, '--apply']);
    const halls = await cli([...HALLS, '--apply']);
    expect(towns.report.counts).toMatchObject({ areas: { create: 0, update: 0, unchanged: 413 } });
    expect(halls.report.counts).toMatchObject({
      resources: { create: 0, update: 0, unchanged: 27 },
    });
    expect(JSON.stringify([await all('areas'), await all('resources')])).toBe(before);
  }, 180_000);
});
