import type { MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from '../domain/types';
import type { PopulationDensity } from './create-population-density';
import type { CityLayout } from './generate-city-layout';
import type { DemoCell } from './generate-population-cells';
import type { LocalProjection } from './local-projection';
import type { DistrictName, TownName } from './name-areas';

/**
 * The demo city's places as the later generators (organisations, resources, councils)
 * see them: areas with their final ids, names, shapes and residents.
 */

export interface Totals {
  population: number;
  population65: number;
  population75: number;
}

export interface DemoTown extends Totals {
  id: string;
  code: string;
  names: TownName;
  district: number;
  geometry: Polygon | MultiPolygon;
  point: LngLat;
  /** Indices into `DemoCityModel.cells`. */
  cellIndices: number[];
  neighbours: number[];
}

export interface DemoDistrict extends Totals {
  id: string;
  code: string;
  index: number;
  names: DistrictName;
  dailyLifeArea: number;
  /** Indices into `DemoCityModel.towns`, nearest the district's centre first. */
  towns: number[];
  neighbours: number[];
  geometry: Polygon | MultiPolygon;
  point: LngLat;
}

export interface DemoDailyLifeArea extends Totals {
  id: string;
  code: string;
  name: string;
  kana: string;
  /** 中央, 北部… for support-centre names. */
  shortName: string;
  districts: number[];
  geometry: Polygon | MultiPolygon;
  point: LngLat;
}

export interface DemoCityModel {
  cityId: string;
  cityName: string;
  cityNameKana: string;
  cityPolygon: Polygon;
  projection: LocalProjection;
  layout: CityLayout;
  density: PopulationDensity;
  cells: DemoCell[];
  towns: DemoTown[];
  districts: DemoDistrict[];
  dailyLifeAreas: DemoDailyLifeArea[];
  /** ISO date all relative dates are computed from (the data's "today"). */
  referenceDate: string;
}
