import { describe, expect, it } from 'vitest';
import { INIT_CITY_SOURCE, planImport, type ExistingState, type ImportPlan } from './plan-import';
import { prepareImport, type ImportRequest } from './prepare-import';
import { sampleTownsZip } from './__fixtures__/write-shapefile';
import { fromArea, toArea } from '../data-access/records';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import { directoryFromDataset } from '../export/public-directory';
import { FALLBACK_ORGANIZATION_ID, toHsds, type HsdsPackage } from '../export/to-hsds';
import type { Resource } from '../domain/types';

const text = (name: string, s: string) => ({ name, bytes: new TextEncoder().encode(s) });
const EMPTY: ExistingState = { areas: [], resources: [], dataSources: [], site: null };

function request(extra: Partial<ImportRequest> = {}): ImportRequest {
  return {
    city: { name: '高崎市', code: '10202' },
    boundaries: { file: { name: 'h27ka10202.zip', bytes: sampleTownsZip() } },
    mapping: {
      file: text(
        'districts.csv',
        'town_name,district,daily_life_area\n八島町,中央,中部\n旭町,中央,中部\n',
      ),
    },
    places: [
      {
        file: text(
          'places.csv',
          'ID,名称,住所,緯度,経度\n1,八島サロン,高崎市八島町1,36.32,139.0\n2,旭カフェ,高崎市旭町2,,\n',
        ),
        kind: 'gathering_place',
      },
    ],
    ...extra,
  };
}

/**
 * The state the database would be in after applying `plan` on top of `before`. Areas go
 * through the same field mapping as the server round trip (unknown numbers stored as 0).
 */
function applied(plan: ImportPlan, before: ExistingState): ExistingState {
  const state = structuredClone(before);
  for (const op of plan.ops) {
    if (op.collection === 'areas') {
      const stored = {
        ...toArea({ ...fromArea(op.record), id: op.id } as never),
        source: op.record.source,
        sourceId: op.record.sourceId,
      };
      state.areas = [...state.areas.filter((a) => a.id !== op.id), stored];
    }
    if (op.collection === 'population_cells') {
      state.populationCells = [
        ...(state.populationCells ?? []).filter((c) => c.id !== op.id),
        { ...structuredClone(op.record), id: op.id },
      ];
    }
    if (op.collection === 'organizations')
      state.organizations = [
        ...(state.organizations ?? []).filter((o) => o.id !== op.id),
        structuredClone(op.record),
      ];
    if (op.collection === 'resources')
      state.resources = [
        ...state.resources.filter((a) => a.id !== op.id),
        { ...structuredClone(op.record), updatedAt: '' },
      ];
    if (op.collection === 'data_sources')
      state.dataSources = [
        ...state.dataSources.filter((a) => a.id !== op.id),
        structuredClone(op.record),
      ];
    if (op.collection === 'site')
      state.site = {
        id: op.id,
        cityName: op.record.cityName,
        cityNameKana: op.record.cityNameKana,
        cityNameEn: op.record.cityNameEn,
        attribution: op.record.attribution,
        fictional: op.record.fictional,
        cityAreaId: op.record.cityAreaId,
      };
  }
  return state;
}

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

describe('planImport with a population table by mesh code', () => {
  const mesh = (csv: string) => ({
    population: { file: text('mesh-500m.csv', csv), keyedBy: 'mesh' as const, year: 2020 },
  });
  const CSV =
    'KEY_CODE,人口総数,65歳以上人口\n543930803,1204,310\n543930804,987,*\n543930911,-,-\n';

  it('plans one population cell per code with its source credit, and nothing on a re-import', async () => {
    const first = await prepareImport(mesh(CSV), EMPTY);
    expect(first.report.ok).toBe(true);
    expect(first.report.counts.population_cells).toEqual({ create: 3, update: 0, unchanged: 0 });
    expect(first.report.population.mesh).toBe(1204 + 987);
    const cells = first.ops.filter((o) => o.collection === 'population_cells').map((o) => o.record);
    expect(cells[1]).toEqual({
      meshCode: '543930804',
      meshM: 500,
      population: 987,
      population65: 0,
      year: 2020,
      source: 'mesh-500m',
    });
    expect(first.ops.find((o) => o.collection === 'data_sources')?.record).toMatchObject({
      key: 'mesh-500m',
      attribution: expect.stringMatching(/地域メッシュ統計/),
      recordCount: 3,
    });
    const state = applied(first, EMPTY);
    const again = await prepareImport(mesh(CSV), state);
    expect(again.ops).toEqual([]);
    expect(again.report.counts.population_cells).toEqual({ create: 0, update: 0, unchanged: 3 });
    const changed = await prepareImport(mesh(CSV.replace('987', '990')), state);
    expect(changed.report.counts.population_cells).toEqual({ create: 0, update: 1, unchanged: 2 });
    expect(changed.ops[0]).toMatchObject({
      collection: 'population_cells',
      action: 'update',
      id: state.populationCells![1]!.id,
      origin: { file: 'mesh-500m.csv', row: 3 },
    });
  });

  it('fails the report on a bad mesh code, naming the file and row', async () => {
    const plan = await prepareImport(mesh(CSV.replace('543930911', '543930915')), EMPTY);
    expect(plan.report.ok).toBe(false);
    expect(plan.report.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'mesh-500m.csv',
        row: 4,
        field: 'KEY_CODE',
      }),
    );
  });

  it('refuses a population table by town code without boundaries', async () => {
    const plan = await prepareImport(
      {
        population: {
          file: text('pop.csv', 'town_code,population\n102020010,1\n'),
          keyedBy: 'town',
        },
      },
      EMPTY,
    );
    expect(plan.report.ok).toBe(false);
  });
});

describe('planImport with an HSDS package', () => {
  const demo = generateDemoCity({});
  const directory = directoryFromDataset(demo);
  const districts = demo.areas.filter((a) => a.kind === 'district');
  /** The demo city's areas only: an emptied directory. */
  const AREAS_ONLY: ExistingState = {
    ...EMPTY,
    areas: demo.areas.map((a) => ({ ...a, source: '', sourceId: '' })),
  };
  const hsdsFile = (pkg: HsdsPackage) => ({
    hsds: { file: text('city.json', JSON.stringify(pkg)) },
  });
  const pkg = toHsds(directory);
  const resourceOps = (plan: ImportPlan) =>
    plan.ops.flatMap((o) => (o.collection === 'resources' ? [o.record] : []));

  it("loads this site's own export back onto the records it came from: nothing new, nothing changed", async () => {
    // The database as the demo city loaded it (source 'demo'-style ids, not HSDS ids).
    const resources: Resource[] = demo.resources.map(({ serviceTypeCodes, ...r }) => ({
      ...r,
      serviceTypeIds: serviceTypeCodes,
      updatedAt: '',
    }));
    const organizations = demo.organizations.map((o) => ({ ...o, source: 'demo', sourceId: o.id }));
    const state: ExistingState = { ...AREAS_ONLY, resources, organizations };
    const plan = await prepareImport(
      { hsds: { file: text('sasaeai-hsds.json', JSON.stringify(pkg)) } },
      state,
    );
    expect(plan.report.ok).toBe(true);
    expect(plan.report.counts.resources).toMatchObject({ create: 0, update: 0 });
    expect(plan.report.counts.organizations).toMatchObject({ create: 0, update: 0 });
    expect(
      plan.ops.filter((o) => o.collection === 'resources' || o.collection === 'organizations'),
    ).toEqual([]);
  });

  it('plans organizations and full resources linked to them, districts from the service areas', async () => {
    const plan = await prepareImport(hsdsFile(pkg), AREAS_ONLY);
    expect(plan.report.issues).toEqual([]);
    const orgCount = pkg.organizations.filter((o) => o.id !== FALLBACK_ORGANIZATION_ID).length;
    expect(plan.report.counts.organizations).toEqual({ create: orgCount, update: 0, unchanged: 0 });
    expect(plan.report.counts.resources).toEqual({
      create: directory.resources.length,
      update: 0,
      unchanged: 0,
    });
    expect(plan.report.counts.data_sources).toEqual({ create: 1, update: 0, unchanged: 0 });
    // Organizations come before the resources that refer to them (the server checks relations).
    const lastOrg = plan.ops.map((o) => o.collection).lastIndexOf('organizations');
    expect(plan.ops.findIndex((o) => o.collection === 'resources')).toBeGreaterThan(lastOrg);
    const orgName = new Map(
      plan.ops.flatMap((o) => (o.collection === 'organizations' ? [[o.id, o.record.name]] : [])),
    );
    const originalOrgName = new Map(directory.organizations.map((o) => [o.id, o.name]));
    const byKey = new Map(
      directory.resources.map((r) => [`${r.name}|${r.address}|${r.description}`, r]),
    );
    for (const b of resourceOps(plan)) {
      const r = byKey.get(`${b.name}|${b.address}|${b.description}`)!;
      expect(r, b.name).toBeDefined();
      for (const k of [
        'nameKana',
        'location',
        'directions',
        'publicPhone',
        'website',
        'status',
        'districtId',
      ] as const)
        expect(b[k], `${b.name} ${k}`).toEqual(r[k]);
      expect(b.schedule.rules).toEqual(r.schedule.rules);
      expect(new Set([b.districtId, ...b.serviceDistrictIds])).toEqual(
        new Set([r.districtId, ...r.serviceDistrictIds]),
      );
      expect(b.lastVerifiedAt).toBe(r.lastVerifiedAt.slice(0, 10));
      expect(b.cost.note).toBe(
        [r.cost.amountYen === null ? '' : `${r.cost.amountYen}円`, r.cost.note]
          .filter(Boolean)
          .join(' '),
      );
      expect(b.organizationId ? orgName.get(b.organizationId) : '').toBe(
        r.organizationId ? originalOrgName.get(r.organizationId) : '',
      );
      expect(b.source).toBe('city');
    }
    // Area-wide groups without a place are planned too (their district is their service area).
    expect(resourceOps(plan).filter((r) => r.location === null).length).toBe(
      directory.resources.filter((r) => !r.location).length,
    );
    expect(directory.resources.some((r) => !r.location)).toBe(true);
  });

  it('takes the district from the service area over the point, from the point when no area resolves, and skips a place-less service with neither', async () => {
    const edited = structuredClone(pkg);
    const located = new Set(edited.service_at_locations.map((s) => s.service_id));
    const [a, b] = edited.services.filter((s) => located.has(s.id));
    const placeless = edited.services.find((s) => !located.has(s.id))!;
    const areaOf = (id: unknown) => edited.service_areas.filter((x) => x.service_id === id);
    const home = districts.find((d) => d.code === areaOf(a!.id)[0]!.description)!;
    const other = districts.find((d) => d.id !== home.id)!;
    // a: its service area now names another district; b and the place-less group: none of ours.
    for (const x of areaOf(a!.id)) Object.assign(x, { name: other.name, description: other.code });
    for (const x of [...areaOf(b!.id), ...areaOf(placeless.id)])
      Object.assign(x, { name: '架空地区', description: 'X99' });
    const plan = await prepareImport(hsdsFile(edited), AREAS_ONLY);
    const planned = (s: Record<string, unknown>) =>
      resourceOps(plan).find((r) => r.sourceId === s.id);
    expect(planned(a!)?.districtId).toBe(other.id);
    const bOriginal = directory.resources.find(
      (r) => r.name === b!.name && r.description === b!.description,
    )!;
    expect(planned(b!)).toMatchObject({ districtId: bOriginal.districtId, serviceDistrictIds: [] });
    expect(planned(placeless)).toBeUndefined();
    const row = edited.services.indexOf(placeless) + 1;
    expect(plan.report.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        file: 'city.json',
        row,
        field: 'service_at_location',
      }),
    );
    expect(plan.report.ok).toBe(true);
  });

  it('plans nothing when the same package is imported again', async () => {
    const first = await prepareImport(hsdsFile(pkg), AREAS_ONLY);
    const again = await prepareImport(hsdsFile(pkg), applied(first, AREAS_ONLY));
    expect(again.ops).toEqual([]);
    expect(again.report.counts.organizations?.update).toBe(0);
    expect(again.report.counts.organizations?.create).toBe(0);
    expect(again.report.counts.resources).toEqual({
      create: 0,
      update: 0,
      unchanged: directory.resources.length,
    });
  });

  it('updates only what the package changed, keeping what HSDS cannot hold', async () => {
    const state = applied(await prepareImport(hsdsFile(pkg), AREAS_ONLY), AREAS_ONLY);
    // What a coordinator added after the first import: HSDS has no place for any of it except the
    // time of day of the verification (same date) and the amount of a fee whose text is the same.
    const target = state.resources.find(
      (r) => r.location && r.cost.note && r.schedule.rules.length && r.organizationId,
    )!;
    const enriched: Resource = {
      ...target,
      kind: 'mutual_aid',
      eligibility: 'age_65_plus',
      booking: 'drop_in',
      capacity: 12,
      accessibility: ['step_free'],
      lastVerifiedAt: `${target.lastVerifiedAt}T09:30:00.000Z`,
      schedule: {
        ...target.schedule,
        closedOnPublicHolidays: true,
        closedPeriods: [{ from: '12-29', to: '01-03' }],
      },
    };
    const stateEnriched = {
      ...state,
      resources: state.resources.map((r) => (r.id === target.id ? enriched : r)),
    };
    expect((await prepareImport(hsdsFile(pkg), stateEnriched)).ops).toEqual([]);

    const edited = structuredClone(pkg);
    const service = edited.services.find((s) => s.id === target.sourceId)!;
    service.description = '新しい説明';
    const org = edited.organizations.find((o) => o.id === service.organization_id)!;
    org.name = `${String(org.name)}（改称）`;
    const plan = await prepareImport(hsdsFile(edited), stateEnriched);
    expect(plan.report.counts.resources).toEqual({
      create: 0,
      update: 1,
      unchanged: directory.resources.length - 1,
    });
    expect(plan.report.counts.organizations).toMatchObject({ create: 0, update: 1 });
    const update = plan.ops.find((o) => o.collection === 'resources');
    expect(update).toMatchObject({
      action: 'update',
      id: target.id,
      origin: { file: 'city.json', row: edited.services.indexOf(service) + 1 },
    });
    const { updatedAt: _u, ...expected } = { ...enriched, description: '新しい説明' };
    expect(update?.record).toEqual(expected);
    const orgUpdate = plan.ops.find((o) => o.collection === 'organizations');
    expect(orgUpdate).toMatchObject({
      action: 'update',
      id: target.organizationId,
      record: { name: org.name, type: 'other' },
    });
  });
});

describe('planImport after sasaeai init', () => {
  // What `init` stores (src/lib/data-access/set-up-city.ts): one city row and the site pointing at it.
  const afterInit: ExistingState = {
    ...EMPTY,
    areas: [
      {
        id: 'initcity0000001',
        kind: 'city',
        code: '10202',
        name: '高崎市',
        nameKana: 'たかさきし',
        nameKanaGenerated: false,
        parentId: '',
        geometry: null,
        point: null,
        population: null,
        population65: null,
        population75: null,
        populationYear: null,
        supportCenterId: '',
        source: INIT_CITY_SOURCE,
        sourceId: 'city:10202',
      },
    ],
    site: {
      id: 'initsite0000001',
      cityName: '高崎市',
      cityNameKana: 'たかさきし',
      attribution: '',
      fictional: false,
      cityAreaId: 'initcity0000001',
    },
  };

  it("takes init's city row over when the import names the same city code (no clash, no second city)", async () => {
    const plan = await prepareImport(request(), afterInit);
    expect(plan.report.ok).toBe(true);
    const cities = plan.ops.filter((o) => o.collection === 'areas' && o.record.kind === 'city');
    expect(cities).toEqual([expect.objectContaining({ action: 'update', id: 'initcity0000001' })]);
    const districts = plan.ops.filter(
      (o) => o.collection === 'areas' && o.record.kind === 'district',
    );
    expect(districts.every((d) => d.collection === 'areas' && d.record.parentId !== '')).toBe(true);
  });

  it('still refuses a city row of another source with the same code', async () => {
    const other: ExistingState = {
      ...afterInit,
      areas: [{ ...afterInit.areas[0]!, source: 'someone-else', sourceId: 'x' }],
    };
    const plan = await prepareImport(request(), other);
    expect(plan.report.issues.map((i) => i.code)).toContain('codeClash');
  });
});
