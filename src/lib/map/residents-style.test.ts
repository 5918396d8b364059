import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildResidentsStyle, ringPolygon, RLAYER } from './residents-style';
import { distanceM } from '../geo/nearest-places';

describe('residents style', () => {
  it('is a valid style with no network source', () => {
    const style = buildResidentsStyle({
      city: null,
      districts: [],
      places: [],
      origin: [139, 36.3],
      ringM: 600,
    });
    expect(validateStyleMin(style)).toEqual([]);
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
    expect(style.layers.map((l) => l.id)).toContain(RLAYER.clusters);
  });

  it('draws the ring at the given radius', () => {
    const ring = ringPolygon([139, 36.3], 750);
    for (const p of ring.geometry.coordinates[0]!)
      expect(distanceM([139, 36.3], [p[0]!, p[1]!])).toBeCloseTo(750, -1);
  });
});

describe('basemap styles', async () => {
  const { basemapStyle } = await import('./basemap-style');
  it('pmtiles: a valid style over OpenMapTiles layer names, credited', () => {
    const bm = basemapStyle('pmtiles', { pmtilesUrl: 'http://127.0.0.1:1/basemap.pmtiles' });
    const style = buildResidentsStyle(
      { city: null, districts: [], places: [], origin: null, ringM: 0 },
      { base: bm.style },
    );
    expect(validateStyleMin(style)).toEqual([]);
    expect(bm.attribution).toContain('OpenStreetMap');
    const sourceLayers = new Set(
      style.layers.map((l) => (l as { 'source-layer'?: string })['source-layer']).filter(Boolean),
    );
    expect([...sourceLayers].sort()).toEqual([
      'boundary',
      'building',
      'landcover',
      'landuse',
      'park',
      'transportation',
      'water',
      'waterway',
    ]);
  });
  it('gsi: the pale raster tiles with the GSI credit', () => {
    const bm = basemapStyle('gsi', {});
    expect(
      validateStyleMin(
        buildResidentsStyle(
          { city: null, districts: [], places: [], origin: null, ringM: 0 },
          { base: bm.style },
        ),
      ),
    ).toEqual([]);
    expect(bm.attribution).toContain('地理院タイル');
  });
});
