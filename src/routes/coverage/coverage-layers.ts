/**
 * Map sources and layers for the coverage page, added on top of the offline style: gap
 * areas (uncovered populated cells, traced per district), the counted places and the
 * suggested sites. Colours meet 3:1 against the district fill (WCAG 1.4.11).
 */
import type { FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { outlinedAreaLayers } from '$lib/map/outlined-area-layers';

export const COVERAGE_SOURCE = {
  gaps: 'coverage-gaps',
  places: 'coverage-places',
  candidates: 'coverage-candidates',
  suggestions: 'coverage-suggestions',
} as const;
export const COVERAGE_LAYER = {
  gapFill: 'coverage-gap-fill',
  gapLine: 'coverage-gap-line',
  places: 'coverage-places',
  candidates: 'coverage-candidates',
  suggestions: 'coverage-suggestions',
} as const;

export const COVERAGE_COLOURS = {
  gap: '#C0392B',
  gapLine: '#8B1E12',
  place: '#1B5E20',
  suggestion: '#0017C1',
} as const;

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function coverageSources(): Record<string, SourceSpecification> {
  return {
    [COVERAGE_SOURCE.gaps]: { type: 'geojson', data: empty },
    [COVERAGE_SOURCE.places]: { type: 'geojson', data: empty },
    [COVERAGE_SOURCE.candidates]: { type: 'geojson', data: empty },
    [COVERAGE_SOURCE.suggestions]: { type: 'geojson', data: empty },
  };
}

export function coverageLayers(): LayerSpecification[] {
  return [
    ...outlinedAreaLayers(COVERAGE_SOURCE.gaps, [COVERAGE_LAYER.gapFill, COVERAGE_LAYER.gapLine], {
      colour: COVERAGE_COLOURS.gap,
      lineColour: COVERAGE_COLOURS.gapLine,
      fillOpacity: 0.45,
      lineWidthPx: 1,
    }),
    {
      id: COVERAGE_LAYER.places,
      type: 'circle',
      source: COVERAGE_SOURCE.places,
      paint: {
        'circle-radius': 4,
        'circle-color': COVERAGE_COLOURS.place,
        'circle-stroke-color': '#FFFFFF',
        'circle-stroke-width': 1.5,
      },
    },
    // Candidate sites (halls…): small hollow rings in the suggestion colour, under the suggestions.
    {
      id: COVERAGE_LAYER.candidates,
      type: 'circle',
      source: COVERAGE_SOURCE.candidates,
      paint: {
        'circle-radius': 4,
        'circle-color': '#FFFFFF',
        'circle-stroke-color': COVERAGE_COLOURS.suggestion,
        'circle-stroke-width': 2,
      },
    },
    {
      id: COVERAGE_LAYER.suggestions,
      type: 'circle',
      source: COVERAGE_SOURCE.suggestions,
      paint: {
        'circle-radius': 9,
        'circle-color': '#FFFFFF',
        'circle-stroke-color': COVERAGE_COLOURS.suggestion,
        'circle-stroke-width': 4,
      },
    },
  ];
}

/** Points as a FeatureCollection (places or suggestions, with a rank for the latter). */
export function pointFeatures(
  points: { lng: number; lat: number; rank?: number }[],
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      properties: { rank: p.rank ?? 0 },
      geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
    })),
  };
}

export type GapCollection = FeatureCollection<MultiPolygon>;
