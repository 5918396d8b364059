import { describe, expect, it } from 'vitest';
import { coverageCsv, coverageGeoJson } from './coverage-export';

const row = (
  name: string,
  population: number,
  covered: number,
  p65: number | null,
  c65: number | null,
) => ({
  name,
  id: 'x',
  population,
  covered,
  uncovered: population - covered,
  population65: p65,
  covered65: c65,
  uncovered65: p65 === null || c65 === null ? null : p65 - c65,
});

describe('coverageCsv', () => {
  it('writes a BOM, the header and one rounded row per area, quoting names with commas', () => {
    const csv = coverageCsv('h', [
      row('北, 第1地区', 1000.4, 600.2, 300, 120),
      row('南', 10, 10, null, null),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'h',
      '"北, 第1地区",1000,600,400,300,180,60.0',
      '南,10,10,0,,,',
      '',
    ]);
  });
});

describe('coverageGeoJson', () => {
  it('keeps gap properties and adds suggestions as points, tagged by layer', () => {
    const fc = JSON.parse(
      coverageGeoJson(
        {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { name: '南' },
              geometry: { type: 'MultiPolygon', coordinates: [] },
            },
          ],
        },
        [{ rank: 1, name: 'm', lng: 139, lat: 36, extraCovered: 5, extraCovered65: 2 }],
        { walkM: 800, mode: 'straight' },
      ),
    );
    expect(fc.features.map((f: { properties: { layer: string } }) => f.properties.layer)).toEqual([
      'gap',
      'suggestion',
    ]);
    expect(fc.features[0].properties).toMatchObject({ name: '南', walkM: 800, mode: 'straight' });
    expect(fc.features[1].geometry).toEqual({ type: 'Point', coordinates: [139, 36] });
  });
});
