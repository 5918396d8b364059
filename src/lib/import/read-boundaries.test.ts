import { describe, expect, it } from 'vitest';
import type { ImportIssue } from './import-issue';
import { readBoundaries } from './read-boundaries';
import { PRJ_PLANE_IX, SAMPLE_TOWNS, sampleTownsZip } from './__fixtures__/write-shapefile';

const zip = (bytes: Uint8Array, name = 'h27ka10202.zip') => ({ name, bytes });
const errors = (r: { issues: ImportIssue[] }) => r.issues.filter((i) => i.severity === 'error');

describe('readBoundaries', () => {
  it('reads an e-Stat Shapefile zip with Shift_JIS names and JGD2011 coordinates', async () => {
    const r = await readBoundaries(zip(sampleTownsZip()));
    expect(errors(r)).toEqual([]);
    expect(r.towns.map((t) => [t.code, t.name, t.population])).toEqual(
      SAMPLE_TOWNS.map((t) => [t.KEY_CODE, t.S_NAME, t.JINKO]),
    );
    expect(r.towns[0]!.geometry.type).toBe('Polygon');
  });

  it('refuses a truncated zip, naming the file', async () => {
    const bytes = sampleTownsZip();
    const r = await readBoundaries(zip(bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(r.towns).toEqual([]);
    expect(errors(r)[0]).toMatchObject({ file: 'h27ka10202.zip' });
    expect(errors(r)[0]!.message).toMatch(/zip file cannot be opened/);
  });

  it('refuses a zip without the .dbf', async () => {
    const r = await readBoundaries(zip(sampleTownsZip({ dbf: false })));
    expect(errors(r)[0]!.message).toMatch(/h27ka10202\.dbf is missing/);
  });

  it('refuses projected coordinates with a clear message', async () => {
    const r = await readBoundaries(zip(sampleTownsZip({ prj: PRJ_PLANE_IX })));
    expect(errors(r)[0]!.message).toMatch(/projected \(JGD_2011_Japan_Zone_9\)/);
  });

  it('reports a wrong encoding with the record and field', async () => {
    // A .cpg saying UTF-8 on a Shift_JIS table, as some GIS tools write it.
    const r = await readBoundaries(zip(sampleTownsZip({ cpg: 'UTF-8' })));
    expect(errors(r)[0]).toMatchObject({
      file: 'h27ka10202.zip/h27ka10202.dbf',
      row: 1,
      field: 'S_NAME',
    });
    expect(errors(r)[0]!.message).toMatch(/wrong encoding/);
  });

  it('refuses an empty file and a missing field', async () => {
    expect(
      errors(await readBoundaries({ name: 'x.geojson', bytes: new Uint8Array() }))[0]!.message,
    ).toMatch(/empty/);
    const r = await readBoundaries(zip(sampleTownsZip()), { name: 'NAME' });
    expect(errors(r)[0]).toMatchObject({ field: 'NAME' });
  });

  it('merges e-Stat multi-part towns by code and sums population', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { KEY_CODE: '1', S_NAME: 'A', JINKO: 10 },
          geometry: { type: 'Polygon', coordinates: [SAMPLE_TOWNS[0]!.ring] },
        },
        {
          type: 'Feature',
          properties: { KEY_CODE: '1', S_NAME: 'A', JINKO: 0 },
          geometry: { type: 'Polygon', coordinates: [SAMPLE_TOWNS[1]!.ring] },
        },
      ],
    };
    const r = await readBoundaries({
      name: 't.geojson',
      bytes: new TextEncoder().encode(JSON.stringify(fc)),
    });
    expect(r.towns).toHaveLength(1);
    expect(r.towns[0]!.geometry.type).toBe('MultiPolygon');
    expect(r.towns[0]!.population).toBe(10);
  });
});
