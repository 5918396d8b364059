import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createCoverageEngine, type CoverageParams } from './coverage-engine';
import { populationGrid } from './population-grid';

// A 3 km square of 100 m cells (global mesh indices near 139.1° E, 36.3° N) with people in
// every other column, and a street lattice every 400 m across it.
const COL0 = 31280;
const ROW0 = 43560;
const grid = populationGrid(
  Array.from({ length: 30 * 30 }, (_, k) => ({
    col: COL0 + (k % 30),
    row: ROW0 + Math.floor(k / 30),
    population: k % 2 ? 10 : 3,
    population65: k % 2 ? 4 : 1,
  })),
  100,
);
const west = Math.min(...grid.lng);
const south = Math.min(...grid.lat);
const east = Math.max(...grid.lng);
const north = Math.max(...grid.lat);
const line = (a: [number, number], b: [number, number]) => ({
  type: 'Feature' as const,
  properties: {},
  geometry: { type: 'LineString' as const, coordinates: [a, b] },
});
const network: FeatureCollection = {
  type: 'FeatureCollection',
  features: Array.from({ length: 8 }, (_, k) => {
    const x = west + ((east - west) * k) / 7;
    const y = south + ((north - south) * k) / 7;
    return [line([x, south], [x, north]), line([west, y], [east, y])];
  }).flat(),
};
const places: [number, number][] = [[west + 0.004, south + 0.004]];

describe('createCoverageEngine: begin', () => {
  it.each(['straight', 'network'] as const)(
    'gives the coverage first and the suggestions in steps, the same as update (%s)',
    (mode) => {
      const params: CoverageParams = { places, walkM: 600, mode, suggest: { k: 3 } };
      const whole = createCoverageEngine({ grid, areas: [], network }).update(params);
      expect(whole.suggestions).toHaveLength(3);

      const engine = createCoverageEngine({ grid, areas: [], network });
      const { result, suggestions } = engine.begin(params);
      expect(result.suggestions).toBeNull();
      expect(result.totals).toEqual(whole.totals);
      expect(Array.from(result.covered)).toEqual(Array.from(whole.covered));
      expect(result.gaps).toEqual(whole.gaps);
      // Another update before the steps are done (the page asked again) does not disturb them.
      engine.update({ ...params, walkM: 1500 });
      let steps = 0;
      let step = suggestions!.next();
      while (!step.done) {
        steps++;
        step = suggestions!.next();
      }
      expect(step.value).toEqual(whole.suggestions);
      // Along roads it pauses once per site scored; in a straight line it never pauses.
      if (mode === 'network') expect(steps).toBeGreaterThan(3);
      else expect(steps).toBe(0);
    },
  );

  it('has no steps when no suggestions are asked for', () => {
    const engine = createCoverageEngine({ grid, areas: [], network });
    expect(engine.begin({ places, walkM: 600, mode: 'network' }).suggestions).toBeNull();
    expect(engine.begin({ places, walkM: 600, suggest: { k: 0 } }).suggestions).toBeNull();
  });
});
