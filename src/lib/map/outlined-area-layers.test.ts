import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { outlinedAreaLayers } from './outlined-area-layers';

describe('outlinedAreaLayers', () => {
  it('puts the fill under a solid outline of its own colour on the one source', () => {
    expect(
      outlinedAreaLayers('gaps', ['gap-fill', 'gap-line'], {
        colour: '#C0392B',
        lineColour: '#8B1E12',
        fillOpacity: 0.45,
        lineWidthPx: 1,
      }),
    ).toEqual([
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

  it('draws the outline in the fill colour unless told otherwise, dashed when asked', () => {
    const [, line] = outlinedAreaLayers('ring', ['ring-fill', 'ring-line'], {
      colour: '#0017C1',
      fillOpacity: 0.06,
      lineWidthPx: 3,
      lineDash: [2, 1],
    });
    expect(line).toMatchObject({
      paint: { 'line-color': '#0017C1', 'line-width': 3, 'line-dasharray': [2, 1] },
    });
  });

  it('makes valid style layers', () => {
    const style: StyleSpecification = {
      version: 8,
      sources: { ring: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: outlinedAreaLayers('ring', ['ring-fill', 'ring-line'], {
        colour: '#0017C1',
        fillOpacity: 0.06,
        lineWidthPx: 3,
        lineDash: [2, 1],
      }),
    };
    expect(validateStyleMin(style)).toEqual([]);
  });
});
