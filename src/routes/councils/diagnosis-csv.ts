/**
 * The district diagnosis ranking as CSV (through the one CSV writer): one row per district
 * in the order shown, then the city; per indicator its value and the district's rank.
 * Shares are percentages and places per 1,000 aged 65+ a count, each with one decimal;
 * unknown is an empty cell, never 0.
 */
import { toCsv, type CsvCell } from '$lib/export/to-csv';
import {
  DISTRICT_INDICATORS,
  type DistrictIndicator,
  type DistrictIndicatorRow,
  type DistrictIndicatorsResult,
} from '$lib/geo/district-indicators';

export interface DiagnosisCsvWords {
  district: string;
  places: string;
  rank: string;
  city: string;
  names: Record<DistrictIndicator, string>;
}

const shown = (k: DistrictIndicator, v: number | null): CsvCell =>
  v === null ? null : Math.round((k === 'placesPer1000' ? v : v * 100) * 10) / 10;

/**
 * @param rows the districts in the order the table shows them
 * @param cityPlaces active gathering places in the whole city (those without a district too)
 */
export function diagnosisCsv(
  result: DistrictIndicatorsResult,
  rows: readonly DistrictIndicatorRow[],
  cityPlaces: number,
  words: DiagnosisCsvWords,
): string {
  const header: CsvCell[] = [
    words.district,
    words.places,
    ...DISTRICT_INDICATORS.flatMap((k) => [words.names[k], `${words.names[k]} ${words.rank}`]),
  ];
  const body = rows.map((r): CsvCell[] => [
    r.name,
    r.places,
    ...DISTRICT_INDICATORS.flatMap((k) => [shown(k, r.values[k].value), r.values[k].rank]),
  ]);
  const city: CsvCell[] = [
    words.city,
    cityPlaces,
    ...DISTRICT_INDICATORS.flatMap((k) => [shown(k, result.city[k]), null]),
  ];
  return toCsv([header, ...body, city]);
}
