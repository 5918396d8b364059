/**
 * CSV and GeoJSON exports of the coverage page (pure: strings in, strings out; the page
 * turns them into downloads).
 */
import type { FeatureCollection } from 'geojson';
import type { AreaCoverage } from '$lib/geo/coverage-by-district';
import type { SiteSuggestion } from '$lib/geo/suggest-sites';

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per area, people rounded to whole numbers; a BOM so spreadsheet apps read UTF-8. */
export function coverageCsv(header: string, rows: readonly AreaCoverage[]): string {
  const lines = [header];
  for (const a of rows) {
    const share = a.population65 && a.uncovered65 !== null ? ((100 * a.uncovered65) / a.population65).toFixed(1) : '';
    lines.push(
      [a.name, Math.round(a.population), Math.round(a.covered), Math.round(a.uncovered), a.population65 === null ? null : Math.round(a.population65), a.uncovered65 === null ? null : Math.round(a.uncovered65), share]
        .map(csvCell)
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The gap polygons plus the suggested sites as points, with the walking distance and mode. */
export function coverageGeoJson(gaps: FeatureCollection, suggestions: readonly SiteSuggestion[], meta: { walkM: number; mode: string }): string {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...gaps.features.map((f) => ({ ...f, properties: { ...f.properties, layer: 'gap', walkM: meta.walkM, mode: meta.mode } })),
      ...suggestions.map((s) => ({
        type: 'Feature' as const,
        properties: { layer: 'suggestion', rank: s.rank, name: s.name, extraCovered: s.extraCovered, extraCovered65: s.extraCovered65, walkM: meta.walkM, mode: meta.mode },
        geometry: { type: 'Point' as const, coordinates: [s.lng, s.lat] },
      })),
    ],
  };
  return JSON.stringify(fc);
}
