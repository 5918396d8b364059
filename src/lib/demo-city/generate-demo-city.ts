import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, feature } from '@turf/helpers';
import union from '@turf/union';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Dataset } from '../domain/dataset';
import type { CouncilStatus, LngLat, PopulationCell } from '../domain/types';
import { createPopulationDensity } from './create-population-density';
import { createRandom } from './create-random';
import type {
  DemoCityModel,
  DemoDailyLifeArea,
  DemoDistrict,
  DemoTown,
  Totals,
} from './demo-city-model';
import { demoId } from './demo-ids';
import { generateCandidateSites } from './generate-candidate-sites';
import { generateCityLayout } from './generate-city-layout';
import { generateCouncils } from './generate-councils';
import { generateDemoUsers } from './generate-demo-users';
import { generateDemoNeeds } from './generate-demo-needs';
import { buildDemoAreaRecords } from './build-demo-area-records';
import { pointInside } from './point-inside';
import { generateOrganizations } from './generate-organizations';
import { generatePopulationCells, type DemoCell } from './generate-population-cells';
import { generateResources } from './generate-resources';
import { generateTowns, type TownDraft } from './generate-towns';
import { generateWalkNetwork } from './generate-walk-network';
import { groupAreaHierarchy } from './group-area-hierarchy';
import { createLocalProjection, type Km } from './local-projection';
import { nameAreas } from './name-areas';
import { PLACE_NAMES } from './place-names';
import { roundLngLat, roundPolygonal } from './round-coordinates';

/** The seed used when none is given: the published demo city. */
export const DEFAULT_DEMO_SEED = 20260401;

/**
 * The demo data's "today": verification dates, meetings and council histories are laid out
 * relative to it, never to the clock, so that a seed always gives the same bytes.
 */
export const DEMO_REFERENCE_DATE = '2026-10-01';

/** Census-style year of the generated population figures. */
export const DEMO_POPULATION_YEAR = 2025;

export interface DemoCityOptions {
  /** Any integer; the same seed always produces a byte-identical dataset. Default {@link DEFAULT_DEMO_SEED}. */
  seed?: number;
}

/**
 * Local origin of the city, in inland Kanto (lng 139.0–139.15, lat 36.25–36.35). Any real
 * basemap drawn underneath shows real places; everything in the dataset is invented.
 */
const ORIGIN: LngLat = [139.075, 36.3];
const CITY_AREA_KM2 = 118;
const TARGET_POPULATION = 116_000;
const TOWN_COUNT = 150;
const DISTRICT_COUNT = 20;
const GATHERING_PLACES = 266;

const sumTotals = (items: readonly Totals[]): Totals => ({
  population: items.reduce((s, x) => s + x.population, 0),
  population65: items.reduce((s, x) => s + x.population65, 0),
  population75: items.reduce((s, x) => s + x.population75, 0),
});

function unionOf(geometries: readonly (Polygon | MultiPolygon)[]): Polygon | MultiPolygon {
  if (geometries.length === 1) return geometries[0] as Polygon | MultiPolygon;
  const merged = union(featureCollection(geometries.map((g) => feature(g))));
  const rounded = merged ? roundPolygonal(merged.geometry) : null;
  if (!rounded) throw new Error('generateDemoCity: union of areas is empty');
  return rounded;
}

/**
 * Generates the demo city さくら野市, a clearly fictional regional city of about 115,000
 * people in inland Kanto, as one {@link Dataset}: boundary, 5 daily-life areas, 20
 * districts, about 150 towns, 100 m mesh population, about 360 resources with contacts,
 * organisations, layer-1 and layer-2 councils with meetings, a walking network and one demo
 * login per role.
 *
 * Deterministic: no clock, no `Math.random()`; each part draws from its own fork of the
 * seeded generator. Population adds up exactly: towns are sums of their mesh cells,
 * districts of their towns, daily-life areas of their districts, the city of everything.
 * Takes about a second.
 */
export function generateDemoCity(options: DemoCityOptions = {}): Dataset {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const random = createRandom(seed);
  const projection = createLocalProjection(ORIGIN);
  const layout = generateCityLayout(random.fork('layout'), { areaKm2: CITY_AREA_KM2 });
  const cityPolygon: Polygon = {
    type: 'Polygon',
    coordinates: [layout.boundary.map((p) => roundLngLat(projection.toLngLat(p)))],
  };
  const density = createPopulationDensity(layout, random.fork('density').int(0, 0xffffffff));

  // Population on the 100 m mesh, then towns over it.
  let cells = generatePopulationCells(random.fork('cells'), {
    city: cityPolygon,
    projection,
    density,
    targetPopulation: TARGET_POPULATION,
    minPerCell: 3,
  });
  const townsResult = generateTowns(random.fork('towns'), {
    city: cityPolygon,
    projection,
    cells,
    count: TOWN_COUNT,
    // Sites 0.45 km apart downtown, up to 1.25 km in farmland (before the common factor).
    spacing: (p: Km) => 0.45 + 0.8 * (1 - Math.min(1, density.residents(p) / 40)),
  });
  let townDrafts: TownDraft[] = townsResult.towns;
  if (townsResult.orphanCellIndices.length > 0) {
    // A cell centre exactly on a rounded town edge belongs to no town: drop it, so that
    // every cell is counted in exactly one town.
    const orphan = new Set(townsResult.orphanCellIndices);
    const newIndex = new Map<number, number>();
    cells = cells.filter((_, i) => {
      if (orphan.has(i)) return false;
      newIndex.set(i, newIndex.size);
      return true;
    });
    townDrafts = townDrafts.map((t) => ({
      ...t,
      cellIndices: t.cellIndices.map((i) => newIndex.get(i) as number),
    }));
  }

  const hierarchy = groupAreaHierarchy(random.fork('districts'), {
    towns: townDrafts,
    cells,
    projection,
    station: layout.station,
    districtCount: DISTRICT_COUNT,
  });
  const names = nameAreas(random.fork('names'), { towns: townDrafts, hierarchy, layout });

  // Ids: the city, then daily-life areas, districts, towns (parents before children).
  const areaCount = hierarchy.areaDirections.length;
  const cityId = demoId('area', 1);
  const areaId = (a: number): string => demoId('area', 2 + a);
  const districtId = (d: number): string => demoId('area', 2 + areaCount + d);

  // Towns, numbered district by district from each district's centre outwards.
  const townOrder = hierarchy.districtTowns.flat();
  const townIndexOf = new Map<number, number>(townOrder.map((draftIndex, i) => [draftIndex, i]));
  const towns: DemoTown[] = townOrder.map((draftIndex, i) => {
    const draft = townDrafts[draftIndex] as TownDraft;
    const stats = hierarchy.townStats[draftIndex];
    const centre = stats?.centreKm ?? draft.siteKm;
    const candidates = draft.cellIndices
      .map((ci) => cells[ci] as DemoCell)
      .sort(
        (a, b) =>
          Math.hypot(a.centerKm[0] - centre[0], a.centerKm[1] - centre[1]) -
          Math.hypot(b.centerKm[0] - centre[0], b.centerKm[1] - centre[1]),
      )
      .map((c) => c.center);
    return {
      id: demoId('area', 2 + areaCount + DISTRICT_COUNT + i),
      code: String(i + 1).padStart(4, '0'),
      names: names.towns[draftIndex] as DemoTown['names'],
      district: hierarchy.districtOfTown[draftIndex] as number,
      geometry: draft.geometry,
      point: pointInside(draft.geometry, candidates),
      cellIndices: draft.cellIndices,
      neighbours: draft.neighbours.map((n) => townIndexOf.get(n) as number).sort((a, b) => a - b),
      population: stats?.population ?? 0,
      population65: stats?.population65 ?? 0,
      population75: stats?.population75 ?? 0,
    };
  });

  const districts: DemoDistrict[] = hierarchy.districtTowns.map((list, d) => {
    const own = list.map((draftIndex) => towns[townIndexOf.get(draftIndex) as number] as DemoTown);
    const geometry = unionOf(own.map((t) => t.geometry));
    const neighbours = new Set<number>();
    for (const t of own)
      for (const n of t.neighbours)
        if (towns[n]?.district !== d) neighbours.add(towns[n]?.district ?? d);
    const byPopulation = [...own].sort((a, b) => b.population - a.population);
    return {
      id: districtId(d),
      code: `D${String(d + 1).padStart(2, '0')}`,
      index: d,
      names: names.districts[d] as DemoDistrict['names'],
      dailyLifeArea: hierarchy.areaOfDistrict[d] as number,
      towns: list.map((draftIndex) => townIndexOf.get(draftIndex) as number),
      neighbours: [...neighbours].sort((a, b) => a - b),
      geometry,
      point: pointInside(
        geometry,
        byPopulation.map((t) => t.point),
        [cityPolygon],
      ),
      ...sumTotals(own),
    };
  });
  // Town points must also fall inside their district's merged outline.
  for (const t of towns) {
    const district = districts[t.district] as DemoDistrict;
    if (
      !booleanPointInPolygon(t.point, district.geometry) ||
      !booleanPointInPolygon(t.point, cityPolygon)
    ) {
      t.point = pointInside(t.geometry, [], [district.geometry, cityPolygon]);
    }
  }

  const shortNames: Record<string, string> = {
    中央圏域: '中央',
    北部圏域: '北部',
    東部圏域: '東部',
    南部圏域: '南部',
    西部圏域: '西部',
  };
  const dailyLifeAreas: DemoDailyLifeArea[] = names.dailyLifeAreas.map((n, a) => {
    const own = districts.filter((d) => d.dailyLifeArea === a);
    const geometry = unionOf(own.map((d) => d.geometry));
    const byPopulation = [...own].sort((x, y) => y.population - x.population);
    return {
      id: areaId(a),
      code: `A${String(a + 1).padStart(2, '0')}`,
      name: n.name,
      kana: n.kana,
      shortName: shortNames[n.name] ?? n.name.replace(/圏域$/, ''),
      districts: own.map((d) => d.index),
      geometry,
      point: pointInside(
        geometry,
        byPopulation.map((d) => d.point),
      ),
      ...sumTotals(own),
    };
  });

  const model: DemoCityModel = {
    cityId,
    cityName: PLACE_NAMES.city.name,
    cityNameKana: PLACE_NAMES.city.kana,
    cityPolygon,
    projection,
    layout,
    density,
    cells,
    towns,
    districts,
    dailyLifeAreas,
    referenceDate: DEMO_REFERENCE_DATE,
  };

  // Who covers what: the demo coordinators, the thin districts, the councils' stages.
  const coordinator2District =
    districts.find((d) => d.index >= 2 && d.names.character === 'old_town')?.index ?? 2;
  const users = generateDemoUsers(model, coordinator2District);
  const coordinatorOfDistrict = new Map<number, string>([
    [0, users.coordinatorId],
    [1, users.coordinatorId],
    [coordinator2District, users.coordinator2Id],
  ]);
  const thinDistricts = districts
    .filter(
      (d) =>
        !coordinatorOfDistrict.has(d.index) &&
        d.dailyLifeArea !== 0 &&
        d.names.character !== 'urban',
    )
    .sort((a, b) => a.population65 - b.population65 || a.index - b.index)
    .slice(0, 3)
    .map((d) => d.index);
  const councilRandom = random.fork('councils');
  const statuses: CouncilStatus[] = districts.map((d) => {
    const thin = thinDistricts.indexOf(d.index);
    if (thin === 0 || thin === 1) return 'not_set_up';
    if (thin === 2) return 'preparing';
    return 'set_up';
  });
  const morePreparing = councilRandom.sample(
    districts
      .filter((d) => statuses[d.index] === 'set_up' && !coordinatorOfDistrict.has(d.index))
      .map((d) => d.index),
    2,
  );
  for (const d of morePreparing) statuses[d] = 'preparing';

  const orgs = generateOrganizations(random.fork('organizations'), model);
  const { resources, contacts, supportCentreIds } = generateResources(random.fork('resources'), {
    model,
    orgs,
    users,
    thinDistricts,
    activeCouncilDistricts: new Set(
      districts.filter((d) => statuses[d.index] !== 'not_set_up').map((d) => d.index),
    ),
    coordinatorOfDistrict,
    gatheringPlaces: GATHERING_PLACES,
  });
  const { councils, meetings } = generateCouncils(councilRandom, {
    model,
    orgs,
    users,
    statuses,
    coordinatorOfDistrict,
  });
  const walk = generateWalkNetwork(random.fork('roads'), {
    id: demoId('lyr', 1),
    layout,
    projection,
    city: cityPolygon,
    density,
    spacingKm: 0.17,
    bridgeEvery: 5,
  });
  const halls = generateCandidateSites(random.fork('halls'), {
    id: demoId('lyr', 2),
    towns,
    districts,
  });

  const areas = buildDemoAreaRecords(model, {
    year: DEMO_POPULATION_YEAR,
    cityTotals: sumTotals(dailyLifeAreas),
    station: layout.station,
    supportCentreIds,
    areaId,
    districtId,
  });
  const year = DEMO_POPULATION_YEAR;

  const populationCells: PopulationCell[] = cells.map((c) => ({
    meshCode: c.meshCode,
    meshM: 100,
    population: c.population,
    population65: c.population65,
    year,
  }));

  return {
    site: {
      cityName: model.cityName,
      cityNameKana: model.cityNameKana,
      cityNameEn: PLACE_NAMES.city.nameEn,
      fictional: true,
      attribution: [
        'デモ用の架空のデータ（sasaeai 生成）',
        '市域・人口・道路網・団体・人物はすべて架空で、実在のものとは関係ありません',
      ].join('\n'),
    },
    areas,
    organizations: orgs.organizations,
    resources,
    contacts,
    councils,
    meetings,
    populationCells,
    layers: [walk, halls],
    users: users.users,
    needs: generateDemoNeeds(random.fork('needs'), {
      districts,
      thinDistricts,
      referenceDate: DEMO_REFERENCE_DATE,
      authorOf: (d) => coordinatorOfDistrict.get(d) ?? users.adminId,
    }),
  };
}
