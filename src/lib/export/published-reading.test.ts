import { describe, expect, it } from 'vitest';
import { generateDemoCity } from '../demo-city/generate-demo-city';
import { directoryFromDataset } from './public-directory';
import { placesToGeoJson } from './to-geojson';
import { toHsds } from './to-hsds';
import { toOpenDataCsv } from './to-open-data-csv';

const directory = directoryFromDataset(generateDemoCity({}));

describe('publishedReading', () => {
  it('exports no generated reading (CSV 名称_カナ, HSDS alternate_name, GeoJSON nameKana), but a given one', () => {
    const [given, generated] = directory.resources.filter((r) => r.location && r.nameKana);
    const d = { ...directory, resources: [given!, { ...generated!, nameKanaGenerated: true }] };
    const csv = toOpenDataCsv(d);
    expect(csv).toContain(given!.nameKana);
    expect(csv).not.toContain(generated!.nameKana);
    const hsds = toHsds({ cityName: 'x', resources: d.resources, organizations: [], areas: [] });
    expect(hsds.services.map((s) => s.alternate_name ?? '')).toEqual([given!.nameKana, '']);
    expect(placesToGeoJson(d).features.map((f) => f.properties.nameKana)).toEqual([
      given!.nameKana,
      '',
    ]);
  });
});
