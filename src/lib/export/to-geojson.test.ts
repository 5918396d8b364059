import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import { readPlaces } from '../import/read-places';
import { directoryFromDataset } from './public-directory';
import { districtsToGeoJson, placesToGeoJson } from './to-geojson';

const demo = generateDemoCity({});
const directory = directoryFromDataset(demo);

describe('placesToGeoJson', () => {
  const fc = placesToGeoJson(directory);
  it('has one Point per located public resource, [lng, lat]', () => {
    const located = directory.resources.filter((r) => r.location);
    expect(fc.features).toHaveLength(located.length);
    fc.features.forEach((f, i) => {
      expect(f.geometry.coordinates).toEqual(located[i]!.location);
      expect(f.properties.name).toBe(located[i]!.name);
    });
    expect(fc.features.some((f) => f.properties.schedule !== '')).toBe(true);
    expect(fc.features.every((f) => f.properties.district !== '')).toBe(true);
  });

  it('carries no private field', () => {
    const text = JSON.stringify(fc);
    for (const c of demo.contacts) {
      if (c.directPhone) expect(text).not.toContain(c.directPhone);
      if (c.email) expect(text).not.toContain(c.email);
    }
    expect(Object.keys(fc.features[0]!.properties)).not.toContain('statusReason');
  });

  it('can be imported back as places (GeoJSON points, English keys)', () => {
    const back = readPlaces(
      { name: 'places.geojson', bytes: new TextEncoder().encode(JSON.stringify(fc)) },
      { columns: { sourceId: 'id', url: 'url', phone: 'phone' } },
    );
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(back.places.map((p) => p.name)).toEqual(fc.features.map((f) => f.properties.name));
    expect(back.places[0]?.location).toEqual(fc.features[0]?.geometry.coordinates);
  });
});

describe('districtsToGeoJson', () => {
  it('has every district as a polygon with its population', () => {
    const fc = districtsToGeoJson(directory);
    const districts = demo.areas.filter((a) => a.kind === 'district');
    expect(fc.features).toHaveLength(districts.length);
    expect(
      fc.features.every((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
    ).toBe(true);
    const total = fc.features.reduce((s, f) => s + (f.properties.population ?? 0), 0);
    expect(total).toBe(districts.reduce((s, a) => s + (a.population ?? 0), 0));
    expect(total).toBeGreaterThan(0);
  });
});
