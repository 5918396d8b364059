/**
 * Shared set-up of the planImport tests: a small Takasaki request (two towns, two places)
 * and `applied`, the state the database would be in after a plan.
 */
import type { ExistingState, ImportPlan } from '../plan-import';
import type { ImportRequest } from '../prepare-import';
import { sampleTownsZip } from './write-shapefile';
import { fromArea, toArea } from '../../data-access/records';

export const text = (name: string, s: string) => ({ name, bytes: new TextEncoder().encode(s) });
export const EMPTY: ExistingState = { areas: [], resources: [], dataSources: [], site: null };

export function request(extra: Partial<ImportRequest> = {}): ImportRequest {
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
export function applied(plan: ImportPlan, before: ExistingState): ExistingState {
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

