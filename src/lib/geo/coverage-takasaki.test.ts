/**
 * End to end on real data (../shared/data, read in place, never copied): Takasaki's 2015
 * census towns (町丁・字) as population and areas, public halls and elderly centres from the
 * GSI shelter list as places, and the OSM 2017 road network for network mode. Also checks the
 * fast method against the deliberately naive Turf method on the small central fixture.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { classifyCoverage } from './classify-coverage';
import { linkCellsToNetwork } from './classify-network-coverage';
import { createCoverageEngine } from './coverage-engine';
import { greatCircleM } from '../domain/great-circle-m';
import { naiveTurfCoverage } from './naive-turf-coverage';
import { networkReach } from './network-reach';
import { suggestSites } from './suggest-sites';
import { uncoveredCellCandidates } from './uncovered-cell-candidates';
import { sharedData } from '../../../tests/helpers/shared-data';
import { townGrid } from './__fixtures__/town-grid';

const DATA = sharedData('takasaki') + '/';
const read = <T>(name: string): T => JSON.parse(readFileSync(DATA + name, 'utf8')) as T;

type Towns = FeatureCollection<Polygon | MultiPolygon, { S_NAME: string; JINKO: number }>;
type Shelters = FeatureCollection<Point, { name: string; category: string }>;

/** The public halls and elderly and welfare centres of the GSI shelter list, as places. */
function countedPlaces(shelters: Shelters): [number, number][] {
  const counted = ['community_hall', 'elderly_center', 'welfare_center'];
  return shelters.features
    .filter((f) => counted.includes(f.properties.category))
    .map((f) => f.geometry.coordinates as [number, number]);
}

describe('coverage on Takasaki (real data)', () => {
  it('agrees with naive Turf (buffer, union, point-in-polygon) on the central fixture within discretisation error', () => {
    const towns = read<Towns>('fixture_central/districts.geojson');
    const places = read<Shelters>('fixture_central/resources.geojson').features.map(
      (f) => f.geometry.coordinates as [number, number],
    );
    const grid = townGrid(towns);
    expect(grid.n).toBeGreaterThan(250);
    for (const walkM of [300, 500]) {
      const fast = classifyCoverage(grid, places, walkM);
      const naive = naiveTurfCoverage(grid, places, walkM, 64);
      let differing = 0;
      for (let i = 0; i < grid.n; i++) {
        if (fast[i] === naive[i]) continue;
        differing++;
        // Only cells whose centre lies within the buffer polygon's error band of the circle may differ.
        const nearest = Math.min(
          ...places.map((p) => greatCircleM(p[0], p[1], grid.lng[i]!, grid.lat[i]!)),
        );
        expect(Math.abs(nearest - walkM)).toBeLessThan(1.5);
      }
      expect(differing).toBeLessThanOrEqual(3);
      expect(fast.some((v) => v === 1) && fast.some((v) => v === 0)).toBe(true);
    }
  });

  it('runs end to end: conserves the census total, and network coverage is a subset of straight-line coverage', () => {
    const towns = read<Towns>('chome_2015.geojson');
    const shelters = read<Shelters>('shelters_designated_evacuation.geojson');
    const places = shelters.features
      .filter((f) =>
        ['community_hall', 'elderly_center', 'welfare_center'].includes(f.properties.category),
      )
      .map((f) => f.geometry.coordinates as [number, number]);
    expect(places).toHaveLength(34); // 16 + 11 + 7 (data README)
    const grid = townGrid(towns);
    const engine = createCoverageEngine({
      grid,
      areas: towns.features.map((f) => ({ name: f.properties.S_NAME, geometry: f.geometry })),
      network: read<FeatureCollection>('osm_roads_2017_z13.geojson'),
    });
    const straight = engine.update({ places, walkM: 1000 });
    const network = engine.update({ places, walkM: 1000, mode: 'network' });
    // The 2015 census total for the city (data README), spread over cells and summed back.
    expect(straight.totals.population).toBeCloseTo(370_884, 3);
    expect(straight.totals.unassigned).toBeCloseTo(0, 6); // every cell centre lies in the town it came from
    const sumAreas = straight.areas.reduce((s, a) => s + a.population, 0);
    expect(sumAreas).toBeCloseTo(370_884, 3);
    expect(straight.totals.covered + straight.totals.uncovered).toBeCloseTo(
      straight.totals.population,
      6,
    );
    // Distance along roads plus the straight links is never shorter than the straight line.
    for (let i = 0; i < grid.n; i++) if (network.covered[i]) expect(straight.covered[i]).toBe(1);
    expect(network.totals.covered).toBeLessThan(straight.totals.covered);
    expect(network.totals.covered).toBeGreaterThan(0.3 * straight.totals.covered);
    // Gap shapes exist, one feature per area with uncovered residents, and carry their numbers.
    const gapSum = straight.gaps!.features.reduce((s, f) => s + f.properties.uncovered, 0);
    expect(gapSum).toBeCloseTo(straight.totals.uncovered - straight.totals.unassigned, 3);
    expect(straight.gaps!.features.length).toBe(
      straight.areas.filter((a) => a.uncovered > 1e-9).length,
    );
  }, 60_000);

  it('suggests sites along the network exactly: each pick adds what the map shows once it is added, and the lazy greedy equals the plain one', () => {
    const towns = read<Towns>('chome_2015.geojson');
    const shelters = read<Shelters>('shelters_designated_evacuation.geojson');
    const places = countedPlaces(shelters);
    // Schools as candidate sites (88 in the list).
    const candidates = shelters.features
      .filter((f) => f.properties.category === 'school')
      .map((f) => ({
        lng: f.geometry.coordinates[0]!,
        lat: f.geometry.coordinates[1]!,
        name: f.properties.name,
      }));
    const grid = townGrid(towns);
    const network = read<FeatureCollection>('osm_roads_2017_z13.geojson');
    const engine = createCoverageEngine({
      grid,
      areas: towns.features.map((f) => ({ name: f.properties.S_NAME, geometry: f.geometry })),
      network,
    });
    const walkM = 800;
    const got = engine.update({
      places,
      walkM,
      mode: 'network',
      suggest: { k: 4, candidates },
    }).suggestions!;
    expect(got).toHaveLength(4);
    // Adding the picks one by one: the network-covered population grows by exactly each pick's count.
    let before = engine.update({ places, walkM, mode: 'network', gaps: false }).totals.covered;
    const added: [number, number][] = [];
    for (const s of got) {
      added.push([s.lng, s.lat]);
      const after = engine.update({
        places: [...places, ...added],
        walkM,
        mode: 'network',
        gaps: false,
      }).totals.covered;
      expect(after - before).toBeCloseTo(s.extraCovered, 6);
      before = after;
    }
    // The plain greedy over exact network gains (every candidate searched every round) picks the same sites.
    const base = engine.update({ places, walkM, mode: 'network', gaps: false }).covered;
    const reach = networkReach(grid, engine.graph!, linkCellsToNetwork(grid, engine.graph!));
    const taken = new Uint8Array(grid.n);
    const plain: string[] = [];
    for (let round = 0; round < 4; round++) {
      let best = -1;
      let bestGain = 1e-9;
      candidates.forEach((c, k) => {
        let g = 0;
        reach(c.lng, c.lat, walkM, (i) => {
          if (!base[i] && !taken[i]) g += grid.population[i]!;
        });
        if (g > bestGain) [best, bestGain] = [k, g];
      });
      plain.push(candidates[best]!.name);
      reach(candidates[best]!.lng, candidates[best]!.lat, walkM, (i) => void (taken[i] = 1));
    }
    expect(got.map((s) => s.name)).toEqual(plain);
    // Along roads a school reaches no more people than in a straight line.
    const straightFirst = suggestSites(
      grid,
      base,
      [candidates.find((c) => c.name === got[0]!.name)!],
      { walkM, k: 1 },
    )[0]!;
    expect(got[0]!.extraCovered).toBeLessThanOrEqual(straightFirst.extraCovered + 1e-6);
  }, 60_000);

  it('cached reach sets and the reach-disk bound change nothing: a moving slider gets what fresh searches give', () => {
    const towns = read<Towns>('chome_2015.geojson');
    const shelters = read<Shelters>('shelters_designated_evacuation.geojson');
    const places = countedPlaces(shelters);
    const grid = townGrid(towns);
    const engine = createCoverageEngine({
      grid,
      areas: [],
      network: read<FeatureCollection>('osm_roads_2017_z13.geojson'),
    });
    const links = linkCellsToNetwork(grid, engine.graph!);
    const key = (xs: { lng: number; lat: number; extraCovered: number }[]): string[] =>
      xs.map((x) => `${x.lng},${x.lat}:${x.extraCovered}`);
    // Down, up past the cached distance (a wider search is kept), up within it, and back.
    for (const walkM of [800, 600, 900, 1000, 850, 800]) {
      const cached = engine.update({
        places,
        walkM,
        mode: 'network',
        gaps: false,
        suggest: { k: 3 },
      });
      // A new reach (empty cache), no disk bound: the plain lazy greedy of before.
      const fresh = suggestSites(
        grid,
        cached.covered,
        uncoveredCellCandidates(grid, cached.covered, () => ''),
        {
          walkM,
          k: 3,
          reach: networkReach(grid, engine.graph!, links),
        },
      );
      expect(fresh).toHaveLength(3);
      expect(key(cached.suggestions!)).toEqual(key(fresh));
    }
    // Reach sets themselves, in visiting order, from one long-lived reach against fresh ones.
    const cachedReach = networkReach(grid, engine.graph!, links);
    const sample = Array.from({ length: 60 }, (_, k) => Math.floor((k * grid.n) / 60));
    for (const walkM of [700, 500, 1000, 900, 1300]) {
      for (const i of sample) {
        const a: number[] = [];
        const b: number[] = [];
        cachedReach(grid.lng[i]!, grid.lat[i]!, walkM, (c) => a.push(c));
        networkReach(grid, engine.graph!, links)(grid.lng[i]!, grid.lat[i]!, walkM, (c) =>
          b.push(c),
        );
        expect(a).toEqual(b);
      }
    }
  }, 240_000);

  it('getting the next slider steps ready (prepare), whole or dropped half-way, changes no update', () => {
    const towns = read<Towns>('chome_2015.geojson');
    const places = countedPlaces(read<Shelters>('shelters_designated_evacuation.geojson'));
    const grid = townGrid(towns);
    const network = read<FeatureCollection>('osm_roads_2017_z13.geojson');
    const prepared = createCoverageEngine({ grid, areas: [], network });
    const plain = createCoverageEngine({ grid, areas: [], network });
    const params = (walkM: number) =>
      ({ places, walkM, mode: 'network', gaps: false, suggest: { k: 3 } }) as const;
    const key = (xs: { lng: number; lat: number; extraCovered: number }[]): string[] =>
      xs.map((x) => `${x.lng},${x.lat}:${x.extraCovered}`);
    let walkM = 800;
    for (const next of [850, 750, 700, 900]) {
      const a = prepared.update(params(walkM));
      const b = plain.update(params(walkM));
      expect(key(a.suggestions!)).toEqual(key(b.suggestions!));
      expect(Array.from(a.covered)).toEqual(Array.from(b.covered));
      // The worker steps both neighbours while idle; a request may cut it off half-way.
      const up = prepared.prepare(params(walkM + 50));
      let steps = 0;
      while (!up.next().done) steps++;
      expect(steps).toBeGreaterThan(10); // it pauses: one step per site scored along roads
      const down = prepared.prepare(params(walkM - 50));
      for (let k = 0; k < steps / 2; k++) down.next();
      walkM = next;
    }
  }, 240_000);
});
