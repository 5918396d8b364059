import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { outlinedAreaLayers } from './outlined-area-layers';

describe('outlinedAreaLayers', () => {
  const layers = outlinedAreaLayers('gaps', {
    fill: { id: 'gap-fill', paint: { 'fill-color': '#C0392B', 'fill-opacity': 0.45 } },
    line: { id: 'gap-line', paint: { 'line-color': '#8B1E12', 'line-width': 1 } },
  });

  it('puts the fill under the outline, both on the one source, with the paint given', () => {
    expect(layers).toEqual([
      {
        id: 'gap-fill',
        type: 'fill',
        source: 'gaps',
        paint: { 'fill-color': '#C0392B', 'fill-opacity': 0.45 },
      },
      {
        id: 'gap-line',
        type: 'line',
        source: 'gaps',
        paint: { 'line-color': '#8B1E12', 'line-width': 1 },
      },
    ]);
  });

  it('makes valid style layers', () => {
    const style: StyleSpecification = {
      version: 8,
      sources: { gaps: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers,
    };
    expect(validateStyleMin(style)).toEqual([]);
  });
});
