import { readFileSync } from 'node:fs';
import type { ImportRequest } from '../../src/lib/import/prepare-import';

/**
 * The import request the benchmarks start from: Takasaki's towns (e-Stat 2015 boundaries in
 * `dataDir`, the shared real data) all mapped to one district 「高崎」, so that what a bench
 * measures is the places loaded afterwards, not the areas.
 */
export function takasakiTownsRequest(dataDir: string): ImportRequest {
  return {
    city: { name: '高崎市', code: '10202' },
    boundaries: {
      file: {
        name: 'chome_2015.geojson',
        bytes: new Uint8Array(readFileSync(`${dataDir}/chome_2015.geojson`)),
      },
    },
    mapping: {
      file: { name: 'all.csv', bytes: new TextEncoder().encode('town_name,district\n*,高崎\n') },
    },
  };
}
