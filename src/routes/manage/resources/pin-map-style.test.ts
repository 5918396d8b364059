import { describe, expect, it } from 'vitest';
import type { Area } from '$lib/domain/types';
import { basemapStyle } from '$lib/map/basemap-style';
import { LAYER } from '$lib/map/offline-style';
import { PIN_SOURCE, pinMapStyle } from './pin-map-style';

const district: Area = {
  id: 'd1',
  kind: 'district',
  code: 'D1',
  name: '中央',
  nameKana: 'ちゅうおう',
  parentId: null,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [139, 36],
        [139.01, 36],
        [139.01, 36.01],
        [139, 36],
      ],
    ],
  },
  point: null,
} as unknown as Area;

describe('pinMapStyle', () => {
  it('offline (no basemap): our boundaries with their fills, the pin on top, no resource layers', () => {
    const style = pinMapStyle({ city: null, districts: [district], location: [139.005, 36.005] });
    const ids = style.layers.map((l) => l.id);
    expect(ids).toContain(LAYER.districtFill);
    expect(ids).not.toContain(LAYER.resources);
    expect(ids.at(-1)).toBe(PIN_SOURCE);
    expect(style.sources[PIN_SOURCE]).toMatchObject({
      data: { features: [{ geometry: { coordinates: [139.005, 36.005] } }] },
    });
  });

  it('over the GSI basemap: its tiles first, then our outlines only (fills would hide the streets), then the pin', () => {
    const base = basemapStyle('gsi', {}).style;
    const style = pinMapStyle({ city: null, districts: [district], location: null }, base);
    const ids = style.layers.map((l) => l.id);
    expect(ids.slice(0, base.layers.length)).toEqual(base.layers.map((l) => l.id));
    const ours = style.layers.slice(base.layers.length, -1);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((l) => l.type === 'line')).toBe(true);
    expect(ids.at(-1)).toBe(PIN_SOURCE);
    for (const k of Object.keys(base.sources)) expect(style.sources[k]).toBeDefined();
  });
});
