/**
 * `npm run bench:coverage` — speed of the coverage computation on a synthetic 450 km² city
 * on the 100 m mesh (≈ 45,000 populated cells), against the naive Turf method (buffer every
 * place, union, point-in-polygon per cell) measured in the same run.
 *
 * Prints a table, then as its last line one JSON object: cells, places, classifyMsMedian and
 * fullUpdateMsMedian (at 10,000 places), naiveTurfMsMedian and speedupVsNaiveTurf (naive
 * Turf vs. our classification, both at 1,000 places), plus the per-size details.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { classifyCoverage } from '../src/lib/geo/classify-coverage';
import {
  classifyNetworkCoverage,
  linkCellsToNetwork,
} from '../src/lib/geo/classify-network-coverage';
import { networkDistances } from '../src/lib/geo/network-distances';
import { walkNetworkGraph } from '../src/lib/geo/walk-network-graph';
import { createCoverageEngine } from '../src/lib/geo/coverage-engine';
import type { AreaInput } from '../src/lib/geo/assign-cells-to-areas';
import { meshIndexAt, UNITS_PER_DEG } from '../src/lib/geo/mesh-index';
import { naiveTurfCoverage } from '../src/lib/geo/naive-turf-coverage';
import { populationGrid, type GridEntry } from '../src/lib/geo/population-grid';
import { findSharedData } from '../tests/helpers/shared-data';
import { townGrid } from '../src/lib/geo/__fixtures__/town-grid';

const WALK_M = 500;
const LNG0 = 139.0;
const LAT0 = 36.2;
const SIDE_KM = Math.sqrt(450);

// Deterministic PRNG (mulberry32), so every run measures the same city.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(20261121);
const dLat = SIDE_KM / 111.2;
const dLng = SIDE_KM / (111.2 * Math.cos((LAT0 * Math.PI) / 180));
const sw = meshIndexAt(LNG0, LAT0, 100);
const ne = meshIndexAt(LNG0 + dLng, LAT0 + dLat, 100);
const entries: GridEntry[] = [];
for (let row = sw.row; row < ne.row; row++) {
  for (let col = sw.col; col < ne.col; col++) {
    // Denser towards the centre, like a town around its station.
    const u = (col - sw.col) / (ne.col - sw.col) - 0.5;
    const v = (row - sw.row) / (ne.row - sw.row) - 0.5;
    const population = Math.round(5 + 120 * Math.exp(-(u * u + v * v) * 8) * random());
    entries.push({ col, row, population, population65: Math.round(population * 0.3) });
  }
}
const grid = populationGrid(entries, 100);

// 25 rectangular districts.
const areas: AreaInput[] = [];
const lngAt = (col: number): number => 100 + (col * 36) / UNITS_PER_DEG;
const latAt = (row: number): number => (row * 24) / UNITS_PER_DEG;
for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    const c0 = sw.col + Math.round(((ne.col - sw.col) * i) / 5);
    const c1 = sw.col + Math.round(((ne.col - sw.col) * (i + 1)) / 5);
    const r0 = sw.row + Math.round(((ne.row - sw.row) * j) / 5);
    const r1 = sw.row + Math.round(((ne.row - sw.row) * (j + 1)) / 5);
    const ring = [
      [lngAt(c0), latAt(r0)],
      [lngAt(c1), latAt(r0)],
      [lngAt(c1), latAt(r1)],
      [lngAt(c0), latAt(r1)],
      [lngAt(c0), latAt(r0)],
    ];
    areas.push({
      name: `地区${i * 5 + j + 1}`,
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }
}
export const engine = createCoverageEngine({ grid, areas });

function places(count: number): [number, number][] {
  const r = rng(count);
  return Array.from(
    { length: count },
    () => [LNG0 + r() * dLng, LAT0 + r() * dLat] as [number, number],
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Median of `runs` timed calls, after warm-up calls (at least 10 and 200 ms) so that the
 * optimising compiler has compiled the code: the coverage page calls the same functions
 * many times as the slider moves, so steady state is what a coordinator feels. (The first
 * calls in a fresh process run in V8's baseline tiers, several times slower.)
 */
function time(runs: number, fn: () => void): number {
  const warm0 = performance.now();
  for (let k = 0; k < 10 || performance.now() - warm0 < 200; k++) fn();
  const ms: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const out = new Uint8Array(grid.n);
const rows: Record<string, unknown>[] = [];
const detail: Record<
  number,
  {
    classifyMs: number;
    fullUpdateMs: number;
    naiveTurfMs: number | null;
    coveredShare: number;
    disagreeingCells: number | null;
  }
> = {};
// Time our code for every size first: the naive Turf runs below leave gigabytes of garbage
// whose concurrent collection would otherwise compete with later timings on a small machine.
const timed = new Map<number, { classifyMs: number; fullUpdateMs: number }>();
for (const count of [100, 1000, 10000]) {
  const p = places(count);
  const classifyMs = time(41, () => classifyCoverage(grid, p, WALK_M, out));
  const fullUpdateMs = time(21, () => engine.update({ places: p, walkM: WALK_M }));
  timed.set(count, { classifyMs, fullUpdateMs });
}
for (const count of [100, 1000, 10000]) {
  const p = places(count);
  const { classifyMs, fullUpdateMs } = timed.get(count)!;
  const covered = classifyCoverage(grid, p, WALK_M);
  let naiveTurfMs: number | null = null;
  let disagreeing: number | null = null;
  if (count <= 1000) {
    const runs = count === 100 ? 5 : 3;
    const ms: number[] = [];
    let naive: Uint8Array = new Uint8Array(0);
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      naive = naiveTurfCoverage(grid, p, WALK_M);
      ms.push(performance.now() - t0);
    }
    naiveTurfMs = median(ms);
    disagreeing = 0;
    for (let i = 0; i < grid.n; i++) if (naive[i] !== covered[i]) disagreeing++;
  }
  const coveredShare = covered.reduce((a, b) => a + b, 0) / grid.n;
  detail[count] = {
    classifyMs,
    fullUpdateMs,
    naiveTurfMs,
    coveredShare,
    disagreeingCells: disagreeing,
  };
  rows.push({
    places: count,
    'classify ms': classifyMs.toFixed(3),
    'full update ms': fullUpdateMs.toFixed(3),
    'naive Turf ms': naiveTurfMs === null ? '—' : naiveTurfMs.toFixed(0),
    'speed-up (classify)': naiveTurfMs === null ? '—' : `${Math.round(naiveTurfMs / classifyMs)}×`,
    'covered cells': `${(coveredShare * 100).toFixed(1)} %`,
    'cells differing from Turf (buffer edge)': disagreeing ?? '—',
  });
}
console.log(
  `coverage bench: ${grid.n} cells (100 m mesh, ${SIDE_KM.toFixed(1)} km square), walk ${WALK_M} m, node ${process.version}`,
);
console.table(rows);

// Network mode on real data: Takasaki (../shared/data, when present beside the checkout).
const DATA_DIR = findSharedData();
const DATA = pathToFileURL(`${DATA_DIR ?? '/nonexistent'}/takasaki/`);
let takasaki: Record<string, number> | null = null;
if (existsSync(new URL('osm_roads_2017_z13.geojson', DATA))) {
  const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T;
  const towns =
    read<FeatureCollection<Polygon | MultiPolygon, { JINKO: number }>>('chome_2015.geojson');
  const tGrid = townGrid(towns);
  const tPlaces = read<FeatureCollection<Point, { category: string }>>(
    'shelters_designated_evacuation.geojson',
  )
    .features.filter((f) =>
      ['community_hall', 'elderly_center', 'welfare_center'].includes(f.properties.category),
    )
    .map((f) => f.geometry.coordinates as [number, number]);
  let t0 = performance.now();
  const graph = walkNetworkGraph(read<FeatureCollection>('osm_roads_2017_z13.geojson'));
  const graphMs = performance.now() - t0;
  t0 = performance.now();
  const links = linkCellsToNetwork(tGrid, graph);
  const linkMs = performance.now() - t0;
  const tOut = new Uint8Array(tGrid.n);
  const share = (c: Uint8Array): number => {
    let cov = 0;
    let all = 0;
    for (let i = 0; i < tGrid.n; i++) {
      all += tGrid.population[i]!;
      if (c[i]) cov += tGrid.population[i]!;
    }
    return cov / all;
  };
  takasaki = {
    cells: tGrid.n,
    places: tPlaces.length,
    nodes: graph.nodeCount,
    graphBuildMs: graphMs,
    cellLinkMs: linkMs,
  };
  for (const walkM of [500, 1000]) {
    const networkMs = time(11, () =>
      classifyNetworkCoverage(tGrid, links, networkDistances(graph, tPlaces, walkM), walkM, tOut),
    );
    const networkShare = share(tOut);
    const straightMs = time(21, () => classifyCoverage(tGrid, tPlaces, walkM, tOut));
    const straightShare = share(tOut);
    takasaki[`networkMs${walkM}`] = networkMs;
    takasaki[`straightMs${walkM}`] = straightMs;
    takasaki[`coveredShareStraight${walkM}`] = straightShare;
    takasaki[`coveredShareNetwork${walkM}`] = networkShare;
  }
  // Where to add a place, with every uncovered cell a candidate (the page's default), through
  // the engine as the page's worker runs it: straight line, and along the network (exact, lazy).
  const tEngine = createCoverageEngine({
    grid: tGrid,
    areas: [],
    network: read<FeatureCollection>('osm_roads_2017_z13.geojson'),
  });
  // The coverage page's interaction: a whole update along roads with 3 suggestions (gap
  // shapes included), first on a fresh engine (no reach set cached: the page's first result),
  // then as a coordinator moves the walking-distance slider in 50 m steps, down and up.
  const update = (walkM: number): number => {
    const t1 = performance.now();
    tEngine.update({ places: tPlaces, walkM, mode: 'network', suggest: { k: 3 } });
    return performance.now() - t1;
  };
  takasaki.networkSuggest3FirstMs = update(800);
  // The same first update as the page's worker answers it (engine.begin): the coverage (map,
  // district table, gap shapes) is sent first, the suggestions follow when worked out.
  {
    const fresh = createCoverageEngine({
      grid: tGrid,
      areas: [],
      network: read<FeatureCollection>('osm_roads_2017_z13.geojson'),
    });
    const t1 = performance.now();
    const { suggestions } = fresh.begin({
      places: tPlaces,
      walkM: 800,
      mode: 'network',
      suggest: { k: 3 },
    });
    takasaki.networkFirstCoverageMs = performance.now() - t1;
    while (!suggestions!.next().done);
    takasaki.networkFirstSuggestionsMs = performance.now() - t1;
  }
  const steps = [750, 700, 750, 800, 850, 900, 950, 900, 850, 800, 750, 800];
  const stepMs = steps.map(update);
  takasaki.networkSuggest3SliderStepMsMedian = median(stepMs);
  takasaki.networkSuggest3SliderStepMsMax = Math.max(...stepMs);
  takasaki.networkSuggest3UpdateMs800 = time(5, () => update(800));
  // The same slider on a fresh engine as the page's worker runs it: between two steps, while
  // idle, it gets both neighbouring distances ready (`prepare`, see coverage.worker.ts), so a
  // step finds its reach sets searched. Measured: each step, and the idle work before it (the
  // worker does it in 8 ms slices; a request arriving earlier cuts it short and pays the rest).
  const idleEngine = createCoverageEngine({
    grid: tGrid,
    areas: [],
    network: read<FeatureCollection>('osm_roads_2017_z13.geojson'),
  });
  const params = (walkM: number) =>
    ({ places: tPlaces, walkM, mode: 'network', suggest: { k: 3 } }) as const;
  const prepare = (walkM: number): number => {
    const t1 = performance.now();
    for (const next of [walkM + 50, walkM - 50]) {
      const it = idleEngine.prepare(params(next));
      while (!it.next().done);
    }
    return performance.now() - t1;
  };
  idleEngine.update(params(800));
  let last = 800;
  const preparedStepMs: number[] = [];
  const idleMs: number[] = [];
  for (const walkM of steps) {
    idleMs.push(prepare(last));
    const t1 = performance.now();
    idleEngine.update(params(walkM));
    preparedStepMs.push(performance.now() - t1);
    last = walkM;
  }
  // The switch from straight lines to along roads, on a fresh engine: after a straight-line
  // update the worker prepares the same update along roads while idle.
  const switchEngine = createCoverageEngine({
    grid: tGrid,
    areas: [],
    network: read<FeatureCollection>('osm_roads_2017_z13.geojson'),
  });
  switchEngine.update({ ...params(800), mode: 'straight' });
  let t2 = performance.now();
  for (const it = switchEngine.prepare(params(800)); !it.next().done;);
  takasaki.networkSuggest3SwitchIdleMs = performance.now() - t2;
  t2 = performance.now();
  switchEngine.update(params(800));
  takasaki.networkSuggest3SwitchPreparedMs = performance.now() - t2;
  takasaki.networkSuggest3PreparedStepMsMedian = median(preparedStepMs);
  takasaki.networkSuggest3PreparedStepMsMax = Math.max(...preparedStepMs);
  takasaki.networkSuggest3IdleMsMedian = median(idleMs);
  takasaki.networkSuggest3IdleMsMax = Math.max(...idleMs);
  for (const mode of ['straight', 'network'] as const) {
    const withSuggest = time(5, () =>
      tEngine.update({ places: tPlaces, walkM: 800, mode, gaps: false, suggest: { k: 3 } }),
    );
    const without = time(5, () =>
      tEngine.update({ places: tPlaces, walkM: 800, mode, gaps: false }),
    );
    takasaki[`suggest3Ms800${mode === 'straight' ? 'Straight' : 'Network'}`] =
      withSuggest - without;
  }
  console.log(
    `Takasaki: ${tGrid.n} cells, ${tPlaces.length} places (halls, elderly and welfare centres), network ${graph.nodeCount} nodes built in ${graphMs.toFixed(0)} ms, cells linked in ${linkMs.toFixed(0)} ms`,
  );
  console.log(
    `  whole update along roads with 3 suggestions (all uncovered cells as candidates): first ${takasaki.networkSuggest3FirstMs!.toFixed(0)} ms, ` +
      `slider steps of 50 m (${steps.join('→')} m) median ${takasaki.networkSuggest3SliderStepMsMedian!.toFixed(1)} ms, max ${takasaki.networkSuggest3SliderStepMsMax!.toFixed(0)} ms, ` +
      `repeated at 800 m ${takasaki.networkSuggest3UpdateMs800!.toFixed(1)} ms`,
  );
  console.log(
    `  the first update as the page's worker sends it: the coverage (map, table, gap shapes) after ${takasaki.networkFirstCoverageMs!.toFixed(0)} ms, its suggestions after ${takasaki.networkFirstSuggestionsMs!.toFixed(0)} ms`,
  );
  console.log(
    `  the same slider with the worker's idle preparation of both neighbours between steps: steps median ${takasaki.networkSuggest3PreparedStepMsMedian!.toFixed(1)} ms, ` +
      `max ${takasaki.networkSuggest3PreparedStepMsMax!.toFixed(0)} ms (idle work before a step: median ${takasaki.networkSuggest3IdleMsMedian!.toFixed(0)} ms, max ${takasaki.networkSuggest3IdleMsMax!.toFixed(0)} ms)`,
  );
  console.log(
    `  the switch from straight lines to along roads at 800 m, prepared while idle: ${takasaki.networkSuggest3SwitchPreparedMs!.toFixed(1)} ms (idle work ${takasaki.networkSuggest3SwitchIdleMs!.toFixed(0)} ms; unprepared it is the first update above)`,
  );
  console.log(
    `  3 suggested sites at 800 m among all uncovered cells: straight ${takasaki.suggest3Ms800Straight!.toFixed(0)} ms, along roads ${takasaki.suggest3Ms800Network!.toFixed(0)} ms (on top of the update)`,
  );
  for (const walkM of [500, 1000]) {
    console.log(
      `  ${walkM} m: straight ${(100 * takasaki[`coveredShareStraight${walkM}`]!).toFixed(1)} % of residents covered (${takasaki[`straightMs${walkM}`]!.toFixed(2)} ms), along roads ${(100 * takasaki[`coveredShareNetwork${walkM}`]!).toFixed(1)} % (${takasaki[`networkMs${walkM}`]!.toFixed(1)} ms)`,
    );
  }
}

const at1000 = detail[1000]!;
const at10000 = detail[10000]!;
console.log(
  JSON.stringify({
    cells: grid.n,
    places: 10000,
    walkM: WALK_M,
    classifyMsMedian: Number(at10000.classifyMs.toFixed(3)),
    fullUpdateMsMedian: Number(at10000.fullUpdateMs.toFixed(3)),
    naiveTurfMsMedian: Number(at1000.naiveTurfMs!.toFixed(1)),
    speedupVsNaiveTurf: Math.round(at1000.naiveTurfMs! / at1000.classifyMs),
    speedupFullUpdateVsNaiveTurf: Math.round(at1000.naiveTurfMs! / at1000.fullUpdateMs),
    naiveTurfPlaces: 1000,
    networkTakasakiMsMedian: takasaki ? Number(takasaki.networkMs1000!.toFixed(2)) : null,
    detail,
    takasaki,
  }),
);
