import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { siteCandidatesFromGeoJson } from './site-candidates-from-geojson';

describe('siteCandidatesFromGeoJson', () => {
  it('takes points and multipoints, names them by a property, and counts what it cannot use', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: ' 本町集会所 ' },
          geometry: { type: 'Point', coordinates: [139.01, 36.3] },
        },
        {
          type: 'Feature',
          properties: { title: '公民館' },
          geometry: {
            type: 'MultiPoint',
            coordinates: [
              [139.02, 36.31],
              [139.03, 36.32],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: '道' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [139, 36],
              [139.1, 36.1],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: '緯度が135' },
          geometry: { type: 'Point', coordinates: [36.3, 135] },
        },
        { type: 'Feature', properties: { name: null }, geometry: null as never },
      ],
    };
    expect(siteCandidatesFromGeoJson(fc)).toEqual({
      candidates: [
        { lng: 139.01, lat: 36.3, name: '本町集会所' },
        { lng: 139.02, lat: 36.31, name: '#2' },
        { lng: 139.03, lat: 36.32, name: '#2' },
      ],
      skipped: 3,
    });
    expect(siteCandidatesFromGeoJson(fc, 'title').candidates[1]!.name).toBe('公民館');
  });
});
