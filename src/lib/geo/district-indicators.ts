/**
 * District diagnosis indicators (JAGES-style 地域診断, issue #19 item 5): per district the
 * share of residents aged 65+ and 75+, single-person 65+ households, active gathering places
 * per 1,000 residents aged 65+, and the share of 65+ residents within walking distance
 * (straight line) of an active gathering place; each with the city's value and the district's
 * rank among the city's districts. Pure.
 *
 * Unknown stays unknown: an indicator whose inputs are missing (a population never loaded, no
 * 65+ column, a household table the city did not load) is null, never 0, and a null district
 * is left out of the ranking.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { createCoverageEngine } from './coverage-engine';
import type { GridMeshM } from './mesh-index';
import { gridEntriesFromMeshCodes, populationGrid } from './population-grid';
import type { LngLat, PopulationCell } from '../domain/types';

export const DISTRICT_INDICATORS = [
  'share65',
  'share75',
  'singleHouseholds65',
  'placesPer1000',
  'walkCoverage65',
] as const;
/**
 * - `share65`, `share75`: residents aged 65+ / 75+ over all residents (0–1);
 * - `singleHouseholds65`: single-person households of a resident aged 65+ over all households (0–1);
 * - `placesPer1000`: active gathering places per 1,000 residents aged 65+;
 * - `walkCoverage65`: residents aged 65+ within `walkM` of an active gathering place (0–1).
 */
export type DistrictIndicator = (typeof DISTRICT_INDICATORS)[number];

/** The counts one area contributes; null = unknown. */
export interface IndicatorCounts {
  population: number | null;
  population65: number | null;
  population75: number | null;
  /** All households; null when no household table was loaded. */
  households?: number | null;
  /** Single-person households of a resident aged 65+; null when no such table was loaded. */
  singleHouseholds65?: number | null;
}

export interface IndicatorDistrict extends IndicatorCounts {
  id: string;
  name: string;
  /** The boundary; null leaves the district's walking coverage unknown. */
  geometry: Polygon | MultiPolygon | null;
}

export interface IndicatorPlace {
  /** The district the place is recorded in ('' for none: it counts for the city only). */
  districtId: string;
  location: LngLat | null;
}

export interface IndicatorValue {
  /** Null when unknown. */
  value: number | null;
  /** 1 = the highest value among the districts with a known value (ties share a rank); null when unknown. */
  rank: number | null;
  /** How many districts have a known value (the "of N" in 「12地区中3位」). */
  ranked: number;
  /** The city's value; null when unknown. */
  city: number | null;
  /** Against the city: null when either value is unknown. */
  direction: 'higher' | 'lower' | 'same' | null;
}

export interface DistrictIndicatorRow {
  id: string;
  name: string;
  /** Active gathering places recorded in the district. */
  places: number;
  values: Record<DistrictIndicator, IndicatorValue>;
}

export interface DistrictIndicatorsResult {
  walkM: number;
  city: Record<DistrictIndicator, number | null>;
  districts: DistrictIndicatorRow[];
}

const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined || b <= 0 ? null : a / b;

/** The three indicators that come from counts alone (coverage needs the grid). */
function countIndicators(
  c: IndicatorCounts,
  places: number,
): Omit<Record<DistrictIndicator, number | null>, 'walkCoverage65'> {
  return {
    share65: ratio(c.population65, c.population),
    share75: ratio(c.population75, c.population),
    singleHouseholds65: ratio(c.singleHouseholds65, c.households),
    placesPer1000:
      c.population65 === null || c.population65 <= 0 ? null : (places / c.population65) * 1000,
  };
}

/** Competition ranks (1, 2, 2, 4) by value, highest first; null values are not ranked. */
function ranks(values: readonly (number | null)[]): (number | null)[] {
  const known = values.filter((v): v is number => v !== null);
  return values.map((v) => (v === null ? null : 1 + known.filter((k) => k > v).length));
}

/** Relative tolerance under which a district and the city count as the same (rounding noise). */
const SAME_EPS = 1e-9;

/**
 * @param districts the city's districts with their counts and boundaries
 * @param places active gathering places (the caller filters kind and status)
 * @param cells mesh population cells for walking coverage (one mesh size; others are ignored);
 *   empty leaves every coverage unknown
 * @param walkM walking distance in metres (straight line)
 * @param city the city's own counts (its area record); null sums the districts, which is
 *   unknown for a count unless every district knows it
 * @returns one row per district, in the order given
 * @example districtIndicators(districts, places, cells, 800, cityArea).districts[0].values.share65
 *   // → { value: 0.31, rank: 3, ranked: 12, city: 0.28, direction: 'higher' }
 */
export function districtIndicators(
  districts: readonly IndicatorDistrict[],
  places: readonly IndicatorPlace[],
  cells: readonly PopulationCell[],
  walkM: number,
  city: IndicatorCounts | null = null,
): DistrictIndicatorsResult {
  const placesIn = new Map<string, number>();
  for (const p of places) placesIn.set(p.districtId, (placesIn.get(p.districtId) ?? 0) + 1);

  // Walking coverage of 65+: one engine over every district, places anywhere in the city.
  const coverage = new Map<string, number | null>();
  let cityCoverage: number | null = null;
  const meshM = cells[0]?.meshM as GridMeshM | undefined;
  const drawn = districts.filter((d) => d.geometry);
  if (meshM && drawn.length) {
    const grid = populationGrid(
      gridEntriesFromMeshCodes(
        cells.filter((c) => c.meshM === meshM),
        meshM,
      ),
      meshM,
    );
    const engine = createCoverageEngine({
      grid,
      // names must be unique per area for the engine; ids are
      areas: drawn.map((d) => ({ id: d.id, name: d.id, geometry: d.geometry! })),
    });
    const located = places.filter((p) => p.location).map((p) => p.location!);
    const result = engine.update({ places: located, walkM, gaps: false });
    for (const a of result.areas) coverage.set(a.id, ratio(a.covered65, a.population65));
    const t = result.totals;
    cityCoverage =
      t.population65 === null || t.uncovered65 === null
        ? null
        : ratio(t.population65 - t.uncovered65, t.population65);
  }

  const sumAll = (key: keyof IndicatorCounts): number | null =>
    districts.length && districts.every((d) => d[key] !== null && d[key] !== undefined)
      ? districts.reduce((s, d) => s + (d[key] as number), 0)
      : null;
  const cityCounts: IndicatorCounts = city ?? {
    population: sumAll('population'),
    population65: sumAll('population65'),
    population75: sumAll('population75'),
    households: sumAll('households'),
    singleHouseholds65: sumAll('singleHouseholds65'),
  };
  const cityValues: Record<DistrictIndicator, number | null> = {
    ...countIndicators(cityCounts, places.length),
    walkCoverage65: cityCoverage,
  };

  const raw = districts.map((d) => ({
    ...countIndicators(d, placesIn.get(d.id) ?? 0),
    walkCoverage65: coverage.get(d.id) ?? null,
  }));
  const rankOf = Object.fromEntries(
    DISTRICT_INDICATORS.map((k) => [k, ranks(raw.map((r) => r[k]))]),
  ) as Record<DistrictIndicator, (number | null)[]>;
  const rankedOf = Object.fromEntries(
    DISTRICT_INDICATORS.map((k) => [k, raw.filter((r) => r[k] !== null).length]),
  ) as Record<DistrictIndicator, number>;

  return {
    walkM,
    city: cityValues,
    districts: districts.map((d, i) => ({
      id: d.id,
      name: d.name,
      places: placesIn.get(d.id) ?? 0,
      values: Object.fromEntries(
        DISTRICT_INDICATORS.map((k) => {
          const value = raw[i]![k];
          const c = cityValues[k];
          const direction =
            value === null || c === null
              ? null
              : Math.abs(value - c) <= SAME_EPS * Math.max(1, Math.abs(c))
                ? 'same'
                : value > c
                  ? 'higher'
                  : 'lower';
          return [k, { value, rank: rankOf[k][i]!, ranked: rankedOf[k], city: c, direction }];
        }),
      ) as Record<DistrictIndicator, IndicatorValue>,
    })),
  };
}
