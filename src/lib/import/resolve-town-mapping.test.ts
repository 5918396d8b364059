import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../tests/helpers/shared-data';
import { readBoundaries, type TownInput } from './read-boundaries';
import { readTownMapping } from './read-area-tables';
import { resolveTownMapping } from './resolve-town-mapping';
import { prepareImport } from './prepare-import';
import { twoWardCityZip } from './__fixtures__/two-ward-city';

const text = (name: string, s: string) => ({ name, bytes: new TextEncoder().encode(s) });
const FILES = { mapping: 'districts.csv', boundaries: 'h27ka19101.zip' };

async function twoWardTowns(): Promise<TownInput[]> {
  const read = await readBoundaries({ name: 'h27ka19101.zip', bytes: twoWardCityZip() });
  expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return read.towns;
}

function resolve(towns: TownInput[], csv: string) {
  const mapping = readTownMapping(text('districts.csv', csv));
  expect(mapping.issues).toEqual([]);
  const r = resolveTownMapping(towns, mapping.rows, FILES);
  return {
    ...r,
    assigned: Object.fromEntries([...r.districtOfTown].map(([code, a]) => [code, a.district])),
  };
}

describe('resolveTownMapping (a city whose two wards repeat town names)', () => {
  it('reads each town with its city and ward from the e-Stat name fields', async () => {
    const towns = await twoWardTowns();
    expect(towns.find((t) => t.code === '191020010')).toMatchObject({
      name: '旭町',
      parent: '架空市南区',
    });
  });

  it('refuses a name that matches towns with different codes, naming each with its code and ward', async () => {
    const r = resolve(await twoWardTowns(), 'town_name,district\n旭町,北部\n本町,北部\n');
    expect(r.assigned).toEqual({});
    expect(r.issues).toHaveLength(2);
    expect(r.issues[0]).toMatchObject({
      severity: 'error',
      file: 'districts.csv',
      row: 2,
      field: 'town_name',
      code: 'townNameAmbiguous',
    });
    expect(r.issues[0]!.message).toContain('旭町 191010010 (架空市北区)');
    expect(r.issues[0]!.message).toContain('旭町 191020010 (架空市南区)');
  });

  it('takes a ward or city column to pick one of them, and town codes', async () => {
    const towns = await twoWardTowns();
    const r = resolve(
      towns,
      'town_name,ward,district\n旭町,北区,北部\n旭町,架空市南区,南部\n本町,南区,南部\n',
    );
    expect(r.issues).toEqual([]);
    expect(r.assigned).toEqual({ '191010010': '北部', '191020010': '南部', '191020020': '南部' });
    expect(resolve(towns, 'town_code,district\n191010020,北部\n').assigned).toEqual({
      '191010020': '北部',
    });
    const wrongWard = resolve(towns, 'town_name,ward,district\n京ヶ島,北区,北部\n');
    expect(wrongWard.issues[0]).toMatchObject({ code: 'townNotInArea', row: 2 });
    expect(wrongWard.issues[0]!.message).toContain('架空市南区');
  });

  it('compares names after the Japanese normaliser (width, ヶ/ケ, spaces)', async () => {
    const r = resolve(
      await twoWardTowns(),
      'town_name,district\n旭1丁目,北部\n京ケ島,南部\n京 ヶ 島,南部\n',
    );
    expect(r.issues).toEqual([]);
    expect(r.assigned).toEqual({ '191010030': '北部', '191020030': '南部' });
  });

  it('suggests up to three towns for a name that matches none', async () => {
    const r = resolve(
      await twoWardTowns(),
      'town_name,district\n旭一丁目,北部\n本丁,北部\n全然違う名前,北部\n',
    );
    expect(r.issues.map((i) => i.code)).toEqual([
      'townNotFoundDidYouMean',
      'townNotFoundDidYouMean',
      'townNotFound',
    ]);
    expect(r.issues[0]!.message).toBe(
      'no town "旭一丁目" in h27ka19101.zip; did you mean 旭１丁目?',
    );
    expect(r.issues[1]!.params?.suggestions).toContain('本町');
    expect(String(r.issues[1]!.params?.suggestions).split(' / ').length).toBeLessThanOrEqual(3);
  });

  it('keeps * rows: a prefix takes many towns, a later * row only towns not named yet', async () => {
    const r = resolve(
      await twoWardTowns(),
      'town_name,ward,district\n旭*,北区,北部\n本町,南区,南部\n*,,その他\n',
    );
    expect(r.issues).toEqual([]);
    expect(r.assigned).toEqual({
      '191010010': '北部',
      '191010030': '北部',
      '191020020': '南部',
      '191010020': 'その他',
      '191020010': 'その他',
      '191020030': 'その他',
    });
  });
});

describe('the dry run with a two-ward mapping', () => {
  it('lists every district with its towns and population, and fails on an ambiguous name', async () => {
    const request = (csv: string) => ({
      city: { name: '架空市', code: '19101' },
      boundaries: { file: { name: 'h27ka19101.zip', bytes: twoWardCityZip() } },
      mapping: { file: text('districts.csv', csv) },
    });
    const empty = { areas: [], resources: [], dataSources: [], site: null };
    const good = await prepareImport(
      request('town_name,ward,district\n旭*,北区,北部\n本町,北区,北部\n*,南区,南部\n'),
      empty,
    );
    expect(good.report.ok).toBe(true);
    expect(good.report.districts).toEqual([
      { name: '北部', dailyLifeArea: '', towns: 3, population: 3300, townsWithoutPopulation: 0 },
      { name: '南部', dailyLifeArea: '', towns: 3, population: 4700, townsWithoutPopulation: 0 },
    ]);
    // The old planner put both 旭町 (and both 本町) in 北部 and reported nothing.
    const bad = await prepareImport(
      request('town_name,district\n旭町,北部\n本町,北部\n*,南部\n'),
      empty,
    );
    expect(bad.report.ok).toBe(false);
    expect(
      bad.report.issues.filter((i) => i.code === 'townNameAmbiguous').map((i) => i.row),
    ).toEqual([2, 3]);
  });
});

describe('resolveTownMapping on real e-Stat towns (../shared/data)', () => {
  async function realTowns(city: string): Promise<TownInput[]> {
    const file = {
      name: 'chome_2015.geojson',
      bytes: new Uint8Array(readFileSync(sharedData(city, 'chome_2015.geojson'))),
    };
    return (await readBoundaries(file)).towns;
  }

  it('Chiba 中央区: 仁戸名町 is two areas, so a name row is refused and codes are accepted', async () => {
    const towns = await realTowns('chiba_chuo');
    const r = resolve(towns, 'town_name,district\n仁戸名町,仁戸名\n');
    expect(r.issues[0]).toMatchObject({
      code: 'townNameAmbiguous',
      params: expect.objectContaining({ count: 2 }),
    });
    expect(r.issues[0]!.message).toContain('仁戸名町 12101046001 (千葉市中央区)');
    expect(
      resolve(towns, 'town_code,district\n12101046001,仁戸名\n12101046002,大森\n').issues,
    ).toEqual([]);
  });

  it('Takasaki: 倉賀野町 is 14 areas with one name; the README mapping resolves every town', async () => {
    const towns = await realTowns('takasaki');
    const r = resolve(towns, 'town_name,district\n倉賀野町,倉賀野\n');
    expect(r.issues[0]).toMatchObject({
      code: 'townNameAmbiguous',
      params: expect.objectContaining({ count: 14 }),
    });
    const readme = resolve(
      towns,
      readFileSync(
        new URL('../../../tests/fixtures/import/takasaki-districts.csv', import.meta.url),
        'utf8',
      ),
    );
    expect(readme.issues).toEqual([]);
    expect(readme.districtOfTown.size).toBe(towns.length);
  });

  it('Takasaki: the dry run lists the districts and their populations add up to the city', async () => {
    const bytes = new Uint8Array(readFileSync(sharedData('takasaki', 'chome_2015.geojson')));
    const mapping = readFileSync(
      new URL('../../../tests/fixtures/import/takasaki-districts.csv', import.meta.url),
    );
    const plan = await prepareImport(
      {
        city: { name: '高崎市', code: '10202' },
        boundaries: { file: { name: 'chome_2015.geojson', bytes } },
        mapping: { file: { name: 'takasaki-districts.csv', bytes: new Uint8Array(mapping) } },
      },
      { areas: [], resources: [], dataSources: [], site: null },
    );
    expect(plan.report.districts.map((d) => d.name)).toEqual([
      '倉渕',
      '箕郷',
      '吉井',
      '新町',
      '旧高崎市',
    ]);
    expect(plan.report.districts.reduce((s, d) => s + (d.population ?? 0), 0)).toBe(370_884);
    expect(plan.report.districts.reduce((s, d) => s + d.towns, 0)).toBe(403);
  }, 120_000);
});
