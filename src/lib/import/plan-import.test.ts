import { describe, expect, it } from 'vitest';
import { planImport, type ExistingState, type ImportPlan } from './plan-import';
import { prepareImport, type ImportRequest } from './prepare-import';
import { sampleTownsZip } from './__fixtures__/write-shapefile';

const text = (name: string, s: string) => ({ name, bytes: new TextEncoder().encode(s) });
const EMPTY: ExistingState = { areas: [], resources: [], dataSources: [], site: null };

function request(extra: Partial<ImportRequest> = {}): ImportRequest {
  return {
    city: { name: '高崎市', code: '10202' },
    boundaries: { file: { name: 'h27ka10202.zip', bytes: sampleTownsZip() } },
    mapping: { file: text('districts.csv', 'town_name,district,daily_life_area\n八島町,中央,中部\n旭町,中央,中部\n') },
    places: [
      {
        file: text('places.csv', 'ID,名称,住所,緯度,経度\n1,八島サロン,高崎市八島町1,36.32,139.0\n2,旭カフェ,高崎市旭町2,,\n'),
        kind: 'gathering_place',
      },
    ],
    ...extra,
  };
}

/** The state the database would be in after applying `plan` on top of `before`. */
function applied(plan: ImportPlan, before: ExistingState): ExistingState {
  const state = structuredClone(before);
  for (const op of plan.ops) {
    if (op.collection === 'areas') state.areas = [...state.areas.filter((a) => a.id !== op.id), structuredClone(op.record)];
    if (op.collection === 'resources') state.resources = [...state.resources.filter((a) => a.id !== op.id), { ...structuredClone(op.record), updatedAt: '' }];
    if (op.collection === 'data_sources') state.dataSources = [...state.dataSources.filter((a) => a.id !== op.id), structuredClone(op.record)];
    if (op.collection === 'site') state.site = { id: op.id, cityName: op.record.cityName, attribution: op.record.attribution, fictional: op.record.fictional, cityAreaId: op.record.cityAreaId };
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
    changed.places![0]!.file = text('places.csv', 'ID,名称,住所,緯度,経度\n1,八島サロン（新）,高崎市八島町1,36.32,139.0\n2,旭カフェ,高崎市旭町2,,\n');
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
    expect(plan.report.issues).toContainEqual(expect.objectContaining({ file: 'districts.csv', row: 3, field: 'district' }));
  });

  it('refuses a first import without a city', () => {
    const plan = planImport({ boundaries: { source: { key: 'k', title: '', fileName: 'b.geojson', licence: '', attribution: '', url: '' }, towns: [] } }, EMPTY);
    expect(plan.report.ok).toBe(false);
  });
});
