/**
 * CSV and GeoJSON exports of the coverage page (pure: strings in, strings out; the page
 * turns them into downloads).
 */
import type { FeatureCollection } from 'geojson';
import type { AreaCoverage } from '$lib/geo/coverage-by-district';
import type { SiteSuggestion } from '$lib/geo/suggest-sites';
import { toCsv, type CsvCell } from '$lib/export/to-csv';

/**
 * One row per area, people rounded to whole numbers (numeric cells), through the shared CSV
 * writer (BOM, CRLF, formulas defused). `header` is the column labels joined by commas.
 */
export function coverageCsv(header: string, rows: readonly AreaCoverage[]): string {
  const lines: CsvCell[][] = [header.split(',')];
  for (const a of rows) {
    const share =
      a.population65 && a.uncovered65 !== null
        ? ((100 * a.uncovered65) / a.population65).toFixed(1)
        : '';
    lines.push([
      a.name,
      Math.round(a.population),
      Math.round(a.covered),
      Math.round(a.uncovered),
      a.population65 === null ? null : Math.round(a.population65),
      a.uncovered65 === null ? null : Math.round(a.uncovered65),
      share,
    ]);
  }
  return toCsv(lines);
}

/** The gap polygons plus the suggested sites as points, with the walking distance and mode. */
export function coverageGeoJson(
  gaps: FeatureCollection,
  suggestions: readonly SiteSuggestion[],
  meta: { walkM: number; mode: string },
): string {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...gaps.features.map((f) => ({
        ...f,
        properties: { ...f.properties, layer: 'gap', walkM: meta.walkM, mode: meta.mode },
      })),
      ...suggestions.map((s) => ({
        type: 'Feature' as const,
        properties: {
          layer: 'suggestion',
          rank: s.rank,
          name: s.name,
          extraCovered: s.extraCovered,
          extraCovered65: s.extraCovered65,
          walkM: meta.walkM,
          mode: meta.mode,
        },
        geometry: { type: 'Point' as const, coordinates: [s.lng, s.lat] },
      })),
    ],
  };
  return JSON.stringify(fc);
}
