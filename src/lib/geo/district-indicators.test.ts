import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { districtIndicators, type IndicatorDistrict } from './district-indicators';
import { meshCellCenter, meshCodeAt } from './mesh-code';
import { populationCellsFromAreas } from './population-cells-from-areas';
import { sharedData } from '../../../tests/helpers/shared-data';
import type { LngLat, PopulationCell } from '../domain/types';

/** A square district of `sizeDeg` with its south-west corner at `[lng, lat]`. */
function square(lng: number, lat: number, sizeDeg = 0.01): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lng, lat],
        [lng + sizeDeg, lat],
        [lng + sizeDeg, lat + sizeDeg],
        [lng, lat + sizeDeg],
        [lng, lat],
      ],
    ],
  };
}

/** 100 m cells filling the square at `[lng, lat]`, each with `pop` residents, `pop65` of them 65+. */
function cellsIn(lng: number, lat: number, pop: number, pop65: number): PopulationCell[] {
  const out = new Map<string, PopulationCell>();
  for (let x = lng + 0.0004; x < lng + 0.01; x += 0.00125)
    for (let y = lat + 0.0003; y < lat + 0.01; y += 0.000833) {
      const code = meshCodeAt(x, y, 100);
      out.set(code, {
        meshCode: code,
        meshM: 100,
        population: pop,
        population65: pop65,
        year: 2020,
      });
    }
  return [...out.values()];
}

// Three districts far apart (≈ 9 km), so that a 2 km walk from A never reaches B.
const districts: IndicatorDistrict[] = [
  {
    id: 'a',
    name: 'A',
    geometry: square(139.0, 36.0),
    population: 1000,
    population65: 300,
    population75: 150,
    households: 400,
    singleHouseholds65: 60,
  },
  {
    id: 'b',
    name: 'B',
    geometry: square(139.1, 36.0),
    population: 500,
    population65: 200,
    population75: null,
    households: null,
    singleHouseholds65: null,
  },
  // no population loaded, no boundary: every indicator unknown
  {
    id: 'c',
    name: 'C',
    geometry: null,
    population: null,
    population65: null,
    population75: null,
  },
];
const cellsA = cellsIn(139.0, 36.0, 10, 3);
const cellsB = cellsIn(139.1, 36.0, 10, 4);
const centreA: LngLat = meshCellCenter(cellsA[0]!.meshCode, 100);
const places = [
  { districtId: 'a', location: centreA },
  { districtId: 'a', location: centreA },
  // a place recorded without a district counts for the city only
  { districtId: '', location: null },
];

describe('districtIndicators', () => {
  const result = districtIndicators(districts, places, [...cellsA, ...cellsB], 2000);
  const [a, b, c] = result.districts;

  it('computes the shares from the counts, by hand', () => {
    expect(a!.values.share65.value).toBeCloseTo(0.3);
    expect(b!.values.share65.value).toBeCloseTo(0.4);
    expect(a!.values.share75.value).toBeCloseTo(0.15);
    expect(a!.values.singleHouseholds65.value).toBeCloseTo(0.15);
    // places per 1,000 aged 65+: A 2 / 300 × 1000, B 0 / 200 (known zero, not unknown)
    expect(a!.values.placesPer1000.value).toBeCloseTo(6.667, 3);
    expect(b!.values.placesPer1000.value).toBe(0);
    expect(a!.places).toBe(2);
  });

  it('keeps unknown inputs unknown (null, unranked), never 0', () => {
    expect(b!.values.share75.value).toBeNull();
    expect(b!.values.singleHouseholds65.value).toBeNull();
    for (const v of Object.values(c!.values)) {
      expect(v.value).toBeNull();
      expect(v.rank).toBeNull();
      expect(v.direction).toBeNull();
    }
  });

  it('measures 65+ walking coverage on the grid: all of A, none of B', () => {
    expect(a!.values.walkCoverage65.value).toBe(1);
    expect(b!.values.walkCoverage65.value).toBe(0);
    const a65 = cellsA.length * 3;
    const b65 = cellsB.length * 4;
    expect(result.city.walkCoverage65).toBeCloseTo(a65 / (a65 + b65));
  });

  it('ranks the known values highest first; no city value, no direction', () => {
    expect(b!.values.share65).toMatchObject({ rank: 1, ranked: 2, direction: null });
    expect(a!.values.share65).toMatchObject({ rank: 2, ranked: 2, direction: null });
    // the city sums its districts only when every district knows the count: C does not
    expect(result.city.share65).toBeNull();
    expect(a!.values.share75).toMatchObject({ rank: 1, ranked: 1 });
    // coverage is known for the city (the grid), so A and B are compared with it
    expect(a!.values.walkCoverage65.direction).toBe('higher');
    expect(b!.values.walkCoverage65.direction).toBe('lower');
  });

  it('uses the city area when given, with every active place in the city', () => {
    const withCity = districtIndicators(districts, places, [], 2000, {
      population: 2000,
      population65: 600,
      population75: 300,
    });
    expect(withCity.city.share65).toBeCloseTo(0.3);
    expect(withCity.city.placesPer1000).toBeCloseTo(5); // 3 places / 600 × 1000
    expect(withCity.districts[0]!.values.share65.direction).toBe('same');
    expect(withCity.districts[1]!.values.share65.direction).toBe('higher');
    expect(withCity.city.singleHouseholds65).toBeNull();
    // no cells: coverage unknown everywhere
    expect(withCity.city.walkCoverage65).toBeNull();
    expect(withCity.districts[0]!.values.walkCoverage65.value).toBeNull();
  });

  it('gives tied values the same rank', () => {
    const tied = districtIndicators(
      [
        { ...districts[0]!, id: 'x', population65: 200 },
        { ...districts[0]!, id: 'y', population65: 200 },
        { ...districts[1]! },
      ],
      [],
      [],
      800,
    );
    expect(tied.districts.map((d) => d.values.share65.rank)).toEqual([2, 2, 1]);
  });
});

describe('districtIndicators on real data (Takasaki central fixture, ../shared/data)', () => {
  // 40 census towns (2015, JINKO only: no age column) as districts, 9 GSI shelters as places
  type Towns = FeatureCollection<
    Polygon | MultiPolygon,
    { KEY_CODE: string; S_NAME: string; JINKO: number }
  >;
  const dir = sharedData('takasaki');
  const towns = JSON.parse(
    readFileSync(`${dir}/fixture_central/districts.geojson`, 'utf8'),
  ) as Towns;
  const shelters = JSON.parse(
    readFileSync(`${dir}/fixture_central/resources.geojson`, 'utf8'),
  ) as FeatureCollection<Point>;
  const districts: IndicatorDistrict[] = towns.features.map((f) => ({
    id: f.properties.KEY_CODE,
    name: f.properties.S_NAME,
    geometry: f.geometry,
    population: f.properties.JINKO,
    population65: null,
    population75: null,
  }));
  const cells = populationCellsFromAreas(districts);
  const result = districtIndicators(
    districts,
    shelters.features.map((f) => ({ districtId: '', location: f.geometry.coordinates as LngLat })),
    cells,
    500,
  );

  it('leaves every age-based indicator unknown when the tables have no 65+ column (never 0)', () => {
    expect(result.districts).toHaveLength(40);
    for (const d of result.districts) {
      for (const k of [
        'share65',
        'share75',
        'singleHouseholds65',
        'placesPer1000',
        'walkCoverage65',
      ] as const) {
        expect(d.values[k].value, `${d.name} ${k}`).toBeNull();
        expect(d.values[k].rank).toBeNull();
      }
    }
    for (const v of Object.values(result.city)) expect(v).toBeNull();
  });
});
