/**
 * The demo city's `areas` records from its model: the city, then daily-life areas, districts
 * and towns (parents before children), each with its population, its support centre (that of
 * its daily-life area) and a representative point inside it.
 */
import type { Area } from '../domain/types';
import type { DemoCityModel, Totals } from './demo-city-model';
import type { Km } from './local-projection';
import { pointInside } from './point-inside';
import { roundLngLat } from './round-coordinates';

/** Every area record of the demo city, parents before children. */
export function buildDemoAreaRecords(
  model: DemoCityModel,
  opts: {
    /** Census-style year of the population figures. */
    year: number;
    cityTotals: Totals;
    /** The station, in local km: the city's point is the nearest point inside it. */
    station: Km;
    /** The support centre of each daily-life area, by index. */
    supportCentreIds: readonly string[];
    areaId: (dailyLifeArea: number) => string;
    districtId: (district: number) => string;
  },
): Area[] {
  const stationPoint = roundLngLat(model.projection.toLngLat(opts.station));
  const { year, cityTotals, supportCentreIds, areaId, districtId } = opts;
  const { cityId, cityPolygon, dailyLifeAreas, districts, towns } = model;
  return [
    {
      id: cityId,
      kind: 'city',
      code: 'sakurano',
      name: model.cityName,
      nameKana: model.cityNameKana,
      nameKanaGenerated: false,
      parentId: '',
      geometry: cityPolygon,
      point: pointInside(cityPolygon, [stationPoint]),
      ...cityTotals,
      populationYear: year,
      supportCenterId: '',
    },
    ...dailyLifeAreas.map((a, i): Area => ({
      id: a.id,
      kind: 'daily_life_area',
      code: a.code,
      name: a.name,
      nameKana: a.kana,
      nameKanaGenerated: false,
      parentId: cityId,
      geometry: a.geometry,
      point: a.point,
      population: a.population,
      population65: a.population65,
      population75: a.population75,
      populationYear: year,
      supportCenterId: supportCentreIds[i] ?? '',
    })),
    ...districts.map((d): Area => ({
      id: d.id,
      kind: 'district',
      code: d.code,
      name: d.names.name,
      nameKana: d.names.kana,
      nameKanaGenerated: false,
      parentId: areaId(d.dailyLifeArea),
      geometry: d.geometry,
      point: d.point,
      population: d.population,
      population65: d.population65,
      population75: d.population75,
      populationYear: year,
      // The support centre responsible for the district (that of its daily-life area).
      supportCenterId: supportCentreIds[d.dailyLifeArea] ?? '',
    })),
    ...towns.map((t): Area => ({
      id: t.id,
      kind: 'town',
      code: t.code,
      name: t.names.name,
      nameKana: t.names.kana,
      nameKanaGenerated: false,
      parentId: districtId(t.district),
      geometry: t.geometry,
      point: t.point,
      population: t.population,
      population65: t.population65,
      population75: t.population75,
      populationYear: year,
      supportCenterId: supportCentreIds[districts[t.district]?.dailyLifeArea ?? 0] ?? '',
    })),
  ];
}
