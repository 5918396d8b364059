import { describe, expect, it } from 'vitest';
import { planImport } from './plan-import';
import { prepareImport } from './prepare-import';
import { sampleTownsZip } from './__fixtures__/write-shapefile';
import { EMPTY, applied, request, text } from './__fixtures__/plan-import-request';

describe('planImport', () => {
  it('dissolves districts, sums population, lists towns in no district, places approximate points', async () => {
    const plan = await prepareImport(request(), EMPTY);
    expect(plan.report.ok).toBe(true);
    expect(plan.report.counts.areas).toEqual({ create: 1 + 1 + 1 + 3, update: 0, unchanged: 0 });
    expect(plan.report.unassignedTowns).toEqual([{ code: '102020030', name: '東町' }]);
    const district = plan.ops.find((o) => o.collection === 'areas' && o.record.kind === 'district');
    expect(district?.collection === 'areas' && district.record.population).toBe(120 + 340);
    // Two touching squares dissolve into one polygon.
    expect(district?.collection === 'areas' && district.record.geometry?.type).toBe('Polygon');
    expect(plan.report.approximateLocations).toBe(1);
    const cafe = plan.ops.find((o) => o.collection === 'resources' && o.record.name === '旭カフェ');
    expect(cafe?.collection === 'resources' && cafe.record.locationApproximate).toBe(true);
    const site = plan.ops.find((o) => o.collection === 'site');
    expect(site?.collection === 'site' && site.record.attribution).toMatch(/e-Stat/);
  });

  it('plans nothing when the same files are imported again', async () => {
    const first = await prepareImport(request(), EMPTY);
    const again = await prepareImport(request(), applied(first, EMPTY));
    expect(again.ops).toEqual([]);
    expect(again.report.counts.areas).toEqual({ create: 0, update: 0, unchanged: 6 });
    expect(again.report.counts.resources).toEqual({ create: 0, update: 0, unchanged: 2 });
  });

  it('updates only what changed', async () => {
    const first = await prepareImport(request(), EMPTY);
    const changed = request();
    changed.places![0]!.file = text(
      'places.csv',
      'ID,名称,住所,緯度,経度\n1,八島サロン（新）,高崎市八島町1,36.32,139.0\n2,旭カフェ,高崎市旭町2,,\n',
    );
    const again = await prepareImport(changed, applied(first, EMPTY));
    expect(again.report.counts.resources).toEqual({ create: 0, update: 1, unchanged: 1 });
  });

  it('refuses a district that is not in the district list', async () => {
    const plan = await prepareImport(
      request({
        mapping: {
          file: text('districts.csv', 'town_name,district\n八島町,中央\n旭町,中央区\n'),
          districtList: text('district-list.csv', 'district,daily_life_area\n中央,中部\n'),
        },
      }),
      EMPTY,
    );
    expect(plan.report.ok).toBe(false);
    expect(plan.report.issues).toContainEqual(
      expect.objectContaining({ file: 'districts.csv', row: 3, field: 'district' }),
    );
  });

  it('refuses a first import without a city', () => {
    const plan = planImport(
      {
        boundaries: {
          source: {
            key: 'k',
            title: '',
            fileName: 'b.geojson',
            licence: '',
            attribution: '',
            url: '',
          },
          towns: [],
        },
      },
      EMPTY,
    );
    expect(plan.report.ok).toBe(false);
  });

  it('re-imports towns without population (stored as 0) as unchanged', async () => {
    // The sample towns have no population column for 東町; a town with people but 0 aged 65+ too.
    const req = request({
      population: {
        file: text('pop.csv', 'town_code,population,population_65\n102020010,120,0\n'),
        keyedBy: 'town',
      },
    });
    const first = await prepareImport(req, EMPTY);
    expect(first.report.ok).toBe(true);
    const again = await prepareImport(req, applied(first, EMPTY));
    expect(again.report.counts.areas).toEqual({ create: 0, update: 0, unchanged: 6 });
    expect(again.ops.filter((o) => o.collection === 'areas')).toEqual([]);
  });

  it('gives towns the readings the mapping lists (katakana or half-width stored as hiragana), and re-imports them unchanged', async () => {
    const req = request({
      places: [],
      mapping: {
        file: text(
          'districts.csv',
          'town_name,district,town_kana\n八島町,中央,ヤシマチョウ\n旭町,中央,ｱｻﾋﾁｮｳ\n東町,東,\n',
        ),
      },
    });
    const plan = await prepareImport(req, EMPTY);
    const kana = new Map(
      plan.ops.flatMap((o) =>
        o.collection === 'areas' && o.record.kind === 'town'
          ? [[o.record.name, o.record.nameKana] as const]
          : [],
      ),
    );
    expect(Object.fromEntries(kana)).toEqual({
      八島町: 'やしまちょう',
      旭町: 'あさひちょう',
      東町: '',
    });
    expect(
      (await prepareImport(req, applied(plan, EMPTY))).ops.filter((o) => o.collection === 'areas'),
    ).toEqual([]);
  });

  it('resolves an HSDS service area to a district created by the same first import', async () => {
    const pkg = {
      organizations: [
        { id: '7d0c3f8e-0000-4000-8000-000000000003', name: '中央地区社会福祉協議会' },
      ],
      services: [
        {
          id: '7d0c3f8e-0000-4000-8000-000000000001',
          organization_id: '7d0c3f8e-0000-4000-8000-000000000003',
          name: '中央地区見守り隊',
          status: 'active',
        },
      ],
      service_areas: [
        {
          id: '7d0c3f8e-0000-4000-8000-000000000002',
          service_id: '7d0c3f8e-0000-4000-8000-000000000001',
          name: '中央',
        },
      ],
    };
    const plan = await prepareImport(
      request({ places: [], hsds: { file: text('watch.json', JSON.stringify(pkg)) } }),
      EMPTY,
    );
    expect(plan.report.ok).toBe(true);
    expect(plan.report.issues.filter((i) => /not a known area/.test(i.message))).toEqual([]);
    const district = plan.ops.find(
      (o) => o.collection === 'areas' && o.record.kind === 'district' && o.record.name === '中央',
    );
    const watch = plan.ops.find(
      (o) => o.collection === 'resources' && o.record.name === '中央地区見守り隊',
    );
    expect(watch?.collection === 'resources' && watch.record.districtId).toBe(district?.id);
  });

  it('keeps a place field the file does not supply (column switched off or absent) but clears one the file leaves empty', async () => {
    const withPhone = request({
      places: [
        {
          file: text(
            'places.csv',
            'ID,名称,住所,緯度,経度,電話番号,URL\n1,八島サロン,高崎市八島町1,36.32,139.0,027-000-0001,https://a.example\n',
          ),
          kind: 'gathering_place',
        },
      ],
    });
    const state = applied(await prepareImport(withPhone, EMPTY), EMPTY);
    // The same place again: phone column switched off, no URL column at all, a new name.
    const later = await prepareImport(
      {
        places: [
          {
            file: text(
              'places.csv',
              'ID,名称,住所,緯度,経度,電話番号\n1,八島サロン（改）,高崎市八島町1,36.32,139.0,099-999-9999\n',
            ),
            kind: 'gathering_place',
            columns: { phone: '' },
          },
        ],
      },
      state,
    );
    const update = later.ops.find((o) => o.collection === 'resources');
    expect(update?.collection === 'resources' && update.record).toMatchObject({
      name: '八島サロン（改）',
      publicPhone: '027-000-0001',
      website: 'https://a.example',
    });
    // A phone column that is there but empty on the row does clear the phone.
    const cleared = await prepareImport(
      {
        places: [
          {
            file: text(
              'places.csv',
              'ID,名称,住所,緯度,経度,電話番号\n1,八島サロン,高崎市八島町1,36.32,139.0,\n',
            ),
            kind: 'gathering_place',
          },
        ],
      },
      state,
    );
    const op = cleared.ops.find((o) => o.collection === 'resources');
    expect(op?.collection === 'resources' && op.record).toMatchObject({
      publicPhone: '',
      website: 'https://a.example',
    });
  });

  it('loads towns without a population as unknown (not 0), with a warning, and re-imports them unchanged', async () => {
    const req = request({
      boundaries: {
        file: { name: 'h27ka10202.zip', bytes: sampleTownsZip() },
        fields: { population: '' },
      },
    });
    const first = await prepareImport(req, EMPTY);
    expect(first.report.ok).toBe(true);
    const areas = first.ops.flatMap((o) => (o.collection === 'areas' ? [o.record] : []));
    for (const kind of ['city', 'district', 'town'] as const) {
      for (const a of areas.filter((x) => x.kind === kind))
        expect(a.population, `${kind} ${a.name}`).toBeNull();
    }
    expect(first.report.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        field: 'population',
        message: expect.stringMatching(/^no town has a population/),
      }),
    );
    const state = applied(first, EMPTY);
    // Through the server's field mapping the total stays unknown rather than becoming 0.
    expect(state.areas.filter((a) => a.kind === 'town').map((a) => a.population)).toEqual([
      null,
      null,
      null,
    ]);
    const again = await prepareImport(req, state);
    expect(again.ops.filter((o) => o.collection === 'areas')).toEqual([]);
  });

  it('sums only the known towns into a district and names the towns without a population', async () => {
    const req = request({
      boundaries: {
        file: { name: 'h27ka10202.zip', bytes: sampleTownsZip() },
        fields: { population: '' },
      },
      population: {
        file: text('pop.csv', 'town_code,population\n102020010,120\n102020030,0\n'),
        keyedBy: 'town',
      },
    });
    const plan = await prepareImport(req, EMPTY);
    const byName = new Map(
      plan.ops.flatMap((o) =>
        o.collection === 'areas' ? [[o.record.name, o.record] as const] : [],
      ),
    );
    expect(byName.get('八島町')?.population).toBe(120);
    expect(byName.get('旭町')?.population).toBeNull();
    // Nobody lives in 東町 according to the table: a known 0, not unknown.
    expect(byName.get('東町')?.population).toBe(0);
    expect(byName.get('中央')?.population).toBe(120);
    expect(plan.report.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        file: 'pop.csv',
        field: 'population',
        message: expect.stringContaining('1 town has no population (旭町 (102020020))'),
      }),
    );
    const state = applied(plan, EMPTY);
    expect(state.areas.find((a) => a.name === '東町')?.population).toBe(0);
    expect(state.areas.find((a) => a.name === '旭町')?.population).toBeNull();
    expect((await prepareImport(req, state)).ops.filter((o) => o.collection === 'areas')).toEqual(
      [],
    );
  });

  it('reads a 75+ column of the town table into towns, districts and the city; a town without one stays unknown', async () => {
    const req = request({
      population: {
        file: text(
          'pop.csv',
          'town_code,population,population_65,population_75\n102020010,120,40,25\n102020020,80,30,-\n',
        ),
        keyedBy: 'town',
      },
    });
    const plan = await prepareImport(req, EMPTY);
    expect(plan.report.ok).toBe(true);
    const byName = new Map(
      plan.ops.flatMap((o) =>
        o.collection === 'areas' ? [[o.record.name, o.record] as const] : [],
      ),
    );
    expect(byName.get('八島町')?.population75).toBe(25);
    // e-Stat's suppressed cell: unknown, not 0
    expect(byName.get('旭町')?.population75).toBeNull();
    expect(byName.get('東町')?.population75).toBeNull();
    expect(byName.get('中央')?.population75).toBe(25);
    expect(byName.get('高崎市')?.population75).toBe(25);
    expect(
      (await prepareImport(req, applied(plan, EMPTY))).ops.filter((o) => o.collection === 'areas'),
    ).toEqual([]);
  });

  it('keeps the kana and English city names when a later import does not give them', async () => {
    const first = await prepareImport(
      request({
        city: { name: '高崎市', code: '10202', nameKana: 'たかさきし', nameEn: 'Takasaki' },
      }),
      EMPTY,
    );
    const state = applied(first, EMPTY);
    expect(state.site).toMatchObject({ cityNameKana: 'たかさきし', cityNameEn: 'Takasaki' });
    // Places only: the attribution changes, so the site is updated — without losing its names.
    const later = await prepareImport(
      {
        places: [
          {
            file: text(
              'more.csv',
              'ID,名称,住所,緯度,経度\n9,新サロン,高崎市八島町3,36.32,139.0\n',
            ),
            kind: 'gathering_place',
            source: { attribution: '高崎市オープンデータ' },
          },
        ],
      },
      state,
    );
    const site = later.ops.find((o) => o.collection === 'site');
    expect(site?.collection === 'site' && site.record).toMatchObject({
      cityName: '高崎市',
      cityNameKana: 'たかさきし',
      cityNameEn: 'Takasaki',
    });
    // Same city again without names: nothing to update on the site.
    const same = await prepareImport(request({ city: { name: '高崎市', code: '10202' } }), state);
    expect(same.ops.filter((o) => o.collection === 'site')).toEqual([]);
  });
});
