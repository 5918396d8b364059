/**
 * The area section of `planImport`: towns from the boundaries, districts dissolved from their
 * towns (polygon union) with populations summed, daily-life areas from their districts, and
 * the city summing them.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from '../domain/types';
import { dissolvePolygons } from '../geo/dissolve-polygons';
import { representativePoint } from '../geo/representative-point';
import { roundPolygon } from '../geo/round-polygon';
import { groupTownsIntoDistricts } from './group-towns-into-districts';
import { importIssue } from './import-issue';
import { joinTownPopulation } from './join-town-population';
import type { PlanBuilder } from './plan-builder';
import type { DistrictSummary, ExistingState, ImportInputs } from './plan-import';
import type { TownInput } from './read-boundaries';
import { sumKnown } from './sum-known';

/** A town as the place section looks points up in: the district it belongs to ('' for none). */
export interface TownForLookup {
  id: string;
  name: string;
  districtId: string;
  geometry: Polygon | MultiPolygon;
  point: LngLat | null;
}

export interface PlannedAreas {
  /** The city area's id ('' when there is none: then an error was reported). */
  cityId: string;
  unassignedTowns: Array<{ code: string; name: string }>;
  districts: DistrictSummary[];
  /** The stored towns, replaced by the imported ones. */
  towns: TownForLookup[];
}

/** Plans the areas of `inputs.boundaries` (and its mapping) onto `plan`; without boundaries, only reads the stored towns. */
export function planAreas(
  plan: PlanBuilder,
  inputs: ImportInputs,
  existing: ExistingState,
): PlannedAreas {
  const { issues, population } = plan;
  const districtSummaries: DistrictSummary[] = [];
  /** Town polygons for placing resources: existing ones, replaced by imported ones. */
  const townsForLookup = new Map<string, TownForLookup>();
  for (const a of existing.areas) {
    if (a.kind === 'town' && a.geometry)
      townsForLookup.set(a.id, {
        id: a.id,
        name: a.name,
        districtId: a.parentId,
        geometry: a.geometry,
        point: a.point,
      });
  }

  let cityId = existing.site?.cityAreaId ?? '';
  const cityExisting = existing.areas.find((a) => a.kind === 'city');
  if (!cityId && cityExisting) cityId = cityExisting.id;

  const b = inputs.boundaries;
  if (!b)
    return {
      cityId,
      unassignedTowns: [],
      districts: districtSummaries,
      towns: [...townsForLookup.values()],
    };
  const towns = b.towns;
  joinTownPopulation(towns, inputs.population, b.source.fileName, issues);

  // Readings from the mapping (a row naming the town by code or exact name), for residents
  // who search their town in hiragana; e-Stat boundaries carry none.
  const kanaByCode = new Map<string, string>();
  const kanaByName = new Map<string, string>();
  for (const row of inputs.mapping?.towns.rows ?? []) {
    if (!row.townKana) continue;
    if (row.townCode) kanaByCode.set(row.townCode, row.townKana);
    else if (!row.townName.endsWith('*')) kanaByName.set(row.townName, row.townKana);
  }
  const kanaOfTown = (t: TownInput): string =>
    kanaByCode.get(t.code) ?? kanaByName.get(t.name) ?? '';

  const map = inputs.mapping;
  const { districtOfTown, districts, unassignedTowns } = groupTownsIntoDistricts(
    towns,
    map,
    b.source.fileName,
    issues,
  );

  // The city.
  const cityInput = inputs.city;
  if (cityInput) {
    const cityGeom = null; // the city outline is not dissolved (458 km² of towns is slow); districts carry it.
    cityId = plan.planArea(
      {
        kind: 'city',
        code: cityInput.code,
        name: cityInput.name,
        nameKana: cityInput.nameKana ?? '',
        parentId: '',
        geometry: cityGeom,
        point: null,
        population: sumKnown(towns.map((t) => t.population)),
        population65: sumKnown(towns.map((t) => t.population65)),
        population75: sumKnown(towns.map((t) => t.population75 ?? null)),
        populationYear: null,
        source: b.source.key,
        sourceId: `city:${cityInput.code}`,
      },
      { file: b.source.fileName, row: null },
    );
    population.city = towns.reduce((s, t) => s + (t.population ?? 0), 0);
  } else if (!cityId) {
    issues.push(importIssue('error', b.source.fileName, null, '', 'noCity'));
  }

  // Daily-life areas and districts.
  const dlaIds = new Map<string, string>();
  const mapSource = map?.source;
  for (const d of districts.values()) {
    if (!d.dailyLifeArea || dlaIds.has(d.dailyLifeArea) || !mapSource) continue;
    const members = [...districts.values()]
      .filter((x) => x.dailyLifeArea === d.dailyLifeArea)
      .flatMap((x) => x.towns);
    const pop1 = members.reduce((s, t) => s + (t.population ?? 0), 0);
    population.daily_life_area = (population.daily_life_area ?? 0) + pop1;
    dlaIds.set(
      d.dailyLifeArea,
      plan.planArea(
        {
          kind: 'daily_life_area',
          code: '',
          name: d.dailyLifeArea,
          nameKana: '',
          parentId: cityId,
          geometry: roundPolygon(dissolvePolygons(members.map((t) => t.geometry))),
          point: null,
          population: sumKnown(members.map((t) => t.population)),
          population65: null,
          population75: null,
          populationYear: null,
          source: mapSource.key,
          sourceId: `daily_life_area:${d.dailyLifeArea}`,
        },
        { file: mapSource.fileName, row: d.line },
      ),
    );
  }
  const districtIds = new Map<string, string>();
  for (const d of districts.values()) {
    if (!mapSource) break;
    if (d.towns.length === 0) {
      issues.push(
        importIssue('warning', map!.towns.file, d.line, 'district', 'districtNoTowns', {
          name: d.name,
        }),
      );
    }
    districtSummaries.push({
      name: d.name,
      dailyLifeArea: d.dailyLifeArea,
      towns: d.towns.length,
      population: sumKnown(d.towns.map((t) => t.population)),
      townsWithoutPopulation: d.towns.filter((t) => t.population === null).length,
    });
    const geometry = roundPolygon(dissolvePolygons(d.towns.map((t) => t.geometry)));
    const pop1 = d.towns.reduce((s, t) => s + (t.population ?? 0), 0);
    population.district = (population.district ?? 0) + pop1;
    districtIds.set(
      d.name,
      plan.planArea(
        {
          kind: 'district',
          code: d.code,
          name: d.name,
          nameKana: '',
          parentId: dlaIds.get(d.dailyLifeArea) ?? cityId,
          geometry,
          point: geometry ? representativePoint(geometry) : null,
          population: sumKnown(d.towns.map((t) => t.population)),
          population65: sumKnown(d.towns.map((t) => t.population65)),
          population75: sumKnown(d.towns.map((t) => t.population75 ?? null)),
          populationYear: null,
          source: mapSource.key,
          sourceId: `district:${d.name}`,
        },
        { file: mapSource.fileName, row: d.line },
      ),
    );
  }
  population.town = 0;
  for (const t of towns) {
    const districtId = districtIds.get(districtOfTown.get(t.code)?.district ?? '') ?? '';
    const geometry = roundPolygon(t.geometry)!;
    const point = representativePoint(geometry);
    population.town += t.population ?? 0;
    const id = plan.planArea(
      {
        kind: 'town',
        code: t.code,
        name: t.name,
        nameKana: kanaOfTown(t),
        parentId: districtId || cityId,
        geometry,
        point,
        population: t.population,
        population65: t.population65,
        population75: t.population75 ?? null,
        populationYear: null,
        source: b.source.key,
        sourceId: t.code,
      },
      { file: b.source.fileName, row: t.row },
    );
    townsForLookup.set(id, { id, name: t.name, districtId, geometry, point });
  }
  return {
    cityId,
    unassignedTowns,
    districts: districtSummaries,
    towns: [...townsForLookup.values()],
  };
}
