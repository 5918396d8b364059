/**
 * Where to add a gathering place: greedy maximum coverage. From candidate sites, pick the
 * one that would newly cover the most uncovered residents, mark them covered, and repeat
 * k times. Greedy is the standard (1 − 1/e)-approximation for maximum coverage and, unlike
 * an exact solver, explains itself: each pick lists the extra people it adds.
 *
 * A candidate's straight-line gain is a sum over the rows it reaches of one run of cells, so
 * it comes from per-row prefix sums of the people not yet covered: O(rows) per candidate,
 * not O(cells), which matters when every uncovered cell of a city is a candidate (tens of
 * thousands). After each pick only the rows it touched are summed again and only the
 * candidates that reach them are re-scored.
 *
 * Along a walking network a site reaches fewer cells than in a straight line (no walk is
 * shorter than the straight line), so the straight-line gain bounds the network gain and the
 * greedy runs lazily (CELF): only the candidates whose bound could still win get the costly
 * network search, and the result equals the plain greedy over network gains. A second,
 * cheaper bound comes first: a site enters the network at its nearest node, and no walk
 * from there leaves the disk around that node whose radius is what is left of the walking
 * distance (sites far from any road reach far less than their straight-line disk).
 */
import { EARTH_RADIUS_M } from '../domain/great-circle-m';
import { forEachRowRunWithinM } from './for-each-row-run-within-m';
import { IndexHeap } from './index-heap';
import type { PopulationGrid } from './population-grid';
import { rasterOrigin } from './raster-origin';
import { rowRunHalfWidthDeg } from './row-run-half-width-deg';

const RAD = Math.PI / 180;

/** A candidate site; `name` is shown in the table (a hall's name, or a mesh cell). */
export interface SiteCandidate {
  lng: number;
  lat: number;
  name: string;
}

export interface SiteSuggestion extends SiteCandidate {
  /** Rank, 1 = best. */
  rank: number;
  /** Residents newly covered by this site, given the sites ranked before it. */
  extraCovered: number;
  /** The same for 65+; null when the data has no 65+ counts. */
  extraCovered65: number | null;
}

export interface SuggestOptions {
  walkM: number;
  k: number;
  /** Rank by all residents (default) or by 65+. */
  weight?: 'population' | 'population65';
  /**
   * The cells a site really covers when that is not the straight line (along a walking
   * network): must visit a subset of the cells within `walkM` in a straight line, each once.
   */
  reach?: (lng: number, lat: number, walkM: number, visit: (i: number) => void) => void;
  /**
   * A disk holding every cell `reach` can visit from the point (null: it visits none), for a
   * tighter bound than the straight-line disk before paying for a network search. Along a
   * network: the site's entry node, with the walking distance less the walk to that node.
   */
  reachDisk?: (
    lng: number,
    lat: number,
    walkM: number,
  ) => { lng: number; lat: number; radiusM: number } | null;
}

/**
 * @param covered current coverage (1 per covered cell); not modified
 * @param candidates sites to choose from; pass the centres of uncovered populated cells
 *   when there is no candidates layer (uncovered-cell-candidates.ts)
 * @returns up to k suggestions, best first (ties: the candidate listed first); fewer when no
 *   candidate adds anyone
 */
export function suggestSites(
  grid: PopulationGrid,
  covered: Uint8Array,
  candidates: readonly SiteCandidate[],
  options: SuggestOptions,
): SiteSuggestion[] {
  const steps = suggestSitesSteps(grid, covered, candidates, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link suggestSites} in steps: the generator pauses after each candidate it scores along
 * the network (`options.reach`), the greedy's costly part, and returns the suggestions when
 * done. A Web Worker runs it a few milliseconds at a time while idle, to have the reach sets
 * of a likely next update searched before it is asked for (coverage-engine's `prepare`);
 * dropping it half-way leaves nothing inconsistent. Without `reach` it never pauses.
 */
export function* suggestSitesSteps(
  grid: PopulationGrid,
  covered: Uint8Array,
  candidates: readonly SiteCandidate[],
  options: SuggestOptions,
): Generator<void, SiteSuggestion[], void> {
  const { rows, cols } = grid;
  const stride = cols + 1;
  const by65 = options.weight === 'population65' && grid.has65;
  // People not yet covered, on the raster; the weight's row prefix sums.
  const people = new Float64Array(rows * cols);
  const people65 = new Float64Array(rows * cols);
  for (let i = 0; i < grid.n; i++) {
    if (covered[i] || !(grid.population[i]! > 0)) continue;
    const pos = grid.cellRow[i]! * cols + grid.cellCol[i]!;
    people[pos] = grid.population[i]!;
    people65[pos] = grid.population65[i]!;
  }
  const weight = by65 ? people65 : people;
  const prefix = new Float64Array(rows * stride);
  const sumRow = (r: number): void => {
    let acc = 0;
    const base = r * stride;
    const w0 = r * cols;
    for (let c = 0; c < cols; c++) {
      prefix[base + c] = acc;
      acc += weight[w0 + c]!;
    }
    prefix[base + cols] = acc;
  };
  for (let r = 0; r < rows; r++) sumRow(r);
  // Each candidate's raster position, to find those near a pick.
  const { southDeg: lat0, westDeg: lng0, cellHDeg: hDeg, cellWDeg: wDeg } = rasterOrigin(grid);

  // A candidate at a cell centre (the default: every uncovered cell) reaches the same runs,
  // relative to its own column, as every other centre in its raster row: one template of
  // (row offset, first and last column offset) per row, computed once, instead of the
  // trigonometry per candidate and row.
  const templates = new Map<number, Int32Array>();
  const templateOf = (r0: number): Int32Array => {
    let t = templates.get(r0);
    if (!t) {
      const runs: number[] = [];
      const lat = lat0 + (r0 + 0.5) * hDeg;
      const theta = options.walkM / EARTH_RADIUS_M;
      const sh = Math.sin(theta / 2);
      const havTheta = sh * sh;
      const span = Math.ceil(theta / RAD / hDeg) + 1;
      const invCosLat = 1 / Math.cos(lat * RAD);
      for (let dr = -span; dr <= span; dr++) {
        const rowLat = lat + dr * hDeg;
        const sd = Math.sin((dr * hDeg * RAD) / 2);
        const halfDeg = rowRunHalfWidthDeg(
          havTheta,
          sd * sd,
          invCosLat,
          1 / Math.cos(rowLat * RAD),
        );
        if (halfDeg < 0) continue;
        const half = halfDeg / wDeg;
        runs.push(dr, Math.ceil(-half), Math.floor(half));
      }
      t = Int32Array.from(runs);
      templates.set(r0, t);
    }
    return t;
  };
  const straightGain = (c: number): number => {
    let g = 0;
    const rc = candRow[c]!;
    const cc = candCol[c]!;
    if (Math.abs(rc - Math.round(rc)) < 1e-6 && Math.abs(cc - Math.round(cc)) < 1e-6) {
      const r0 = Math.round(rc);
      const c0 = Math.round(cc);
      const t = templateOf(r0);
      for (let k = 0; k < t.length; k += 3) {
        const r = r0 + t[k]!;
        if (r < 0 || r >= rows) continue;
        const cLo = c0 + t[k + 1]! < 0 ? 0 : c0 + t[k + 1]!;
        const cHi = c0 + t[k + 2]! > cols - 1 ? cols - 1 : c0 + t[k + 2]!;
        if (cLo <= cHi) g += prefix[r * stride + cHi + 1]! - prefix[r * stride + cLo]!;
      }
    } else {
      forEachRowRunWithinM(
        grid,
        candidates[c]!.lng,
        candidates[c]!.lat,
        options.walkM,
        (r, cLo, cHi) => {
          g += prefix[r * stride + cHi + 1]! - prefix[r * stride + cLo]!;
        },
      );
    }
    // Rounding in the differences can leave a hair above 0 where nobody is left.
    return g > 1e-6 ? g : 0;
  };
  const candRow = new Float64Array(candidates.length);
  const candCol = new Float64Array(candidates.length);
  const bound = new Float64Array(candidates.length);
  for (let c = 0; c < candidates.length; c++) {
    candRow[c] = (candidates[c]!.lat - lat0) / hDeg - 0.5;
    candCol[c] = (candidates[c]!.lng - lng0) / wDeg - 0.5;
  }
  for (let c = 0; c < candidates.length; c++) {
    bound[c] = straightGain(c);
  }
  // Reach of one site in rows and (at the raster's widest latitude) columns, with a margin.
  const theta = options.walkM / EARTH_RADIUS_M / RAD;
  const maxCos = Math.min(Math.cos(lat0 * RAD), Math.cos((lat0 + rows * hDeg) * RAD));
  const reachRows = theta / hDeg + 2;
  const reachCols = (maxCos > 0.01 ? theta / maxCos : 360) / wDeg + 2;

  const reach = options.reach;
  const reachDisk = reach ? options.reachDisk : undefined;
  /** Per candidate, the round in which `bound` was made exact (network mode). */
  const fresh = new Int32Array(candidates.length).fill(-1);
  /** Per candidate, the round in which `bound` was tightened by its reach disk. */
  const disked = new Int32Array(candidates.length).fill(-1);
  const diskGain = (c: number): number => {
    const disk = reachDisk!(candidates[c]!.lng, candidates[c]!.lat, options.walkM);
    if (!disk) return 0;
    let g = 0;
    forEachRowRunWithinM(grid, disk.lng, disk.lat, disk.radiusM, (r, cLo, cHi) => {
      g += prefix[r * stride + cHi + 1]! - prefix[r * stride + cLo]!;
    });
    return g > 1e-6 ? g : 0;
  };
  const networkGain = (c: number): number => {
    let g = 0;
    reach!(candidates[c]!.lng, candidates[c]!.lat, options.walkM, (i) => {
      g += weight[grid.cellRow[i]! * cols + grid.cellCol[i]!]!;
    });
    return g > 1e-6 ? g : 0;
  };
  // Candidates by bound, largest first (ties: listed first). A changed bound is pushed again;
  // an entry whose bound is no longer the candidate's is stale and skipped when it surfaces.
  // The heap pops the smallest key, so it holds the negated bounds.
  const heap = new IndexHeap(candidates.length);
  for (let c = 0; c < candidates.length; c++) if (bound[c]! > 0) heap.push(-bound[c]!, c);
  const out: SiteSuggestion[] = [];
  for (let round = 0; round < options.k; round++) {
    let best = -1;
    while (heap.size > 0) {
      const c = heap.topIndex();
      if (-heap.topKey() !== bound[c]) {
        heap.pop();
        continue;
      }
      if (!reach || fresh[c] === round) {
        best = c;
        heap.pop();
        break;
      }
      heap.pop();
      if (reachDisk && disked[c] !== round) {
        // Every bound is an upper bound of the gain, so the order in which they tighten
        // does not change the pick; the cheap one first saves most network searches.
        disked[c] = round;
        const g = diskGain(c);
        if (g < bound[c]!) {
          bound[c] = g;
          if (g > 0) heap.push(-g, c);
          continue;
        }
      }
      bound[c] = networkGain(c);
      fresh[c] = round;
      if (bound[c]! > 0) heap.push(-bound[c]!, c);
      yield;
    }
    if (best < 0) break;
    // Take the pick's people off the raster.
    let extra = 0;
    let extra65 = 0;
    let rMin = rows;
    let rMax = -1;
    let cMin = cols;
    let cMax = -1;
    const take = (pos: number): void => {
      extra += people[pos]!;
      extra65 += people65[pos]!;
      people[pos] = 0;
      people65[pos] = 0;
      const r = (pos / cols) | 0;
      const c = pos - r * cols;
      if (r < rMin) rMin = r;
      if (r > rMax) rMax = r;
      if (c < cMin) cMin = c;
      if (c > cMax) cMax = c;
    };
    const pick = candidates[best]!;
    if (reach)
      reach(pick.lng, pick.lat, options.walkM, (i) =>
        take(grid.cellRow[i]! * cols + grid.cellCol[i]!),
      );
    else {
      forEachRowRunWithinM(grid, pick.lng, pick.lat, options.walkM, (r, cLo, cHi) => {
        for (let c = cLo; c <= cHi; c++)
          if (people[r * cols + c]! > 0 || people65[r * cols + c]! > 0) take(r * cols + c);
      });
    }
    out.push({
      ...pick,
      rank: round + 1,
      extraCovered: extra,
      extraCovered65: grid.has65 ? extra65 : null,
    });
    bound[best] = 0;
    if (rMax < 0) continue;
    for (let r = rMin; r <= rMax; r++) sumRow(r);
    // Candidates that reach a changed row get their straight gain again (a tighter, still valid bound in network mode).
    for (let c = 0; c < candidates.length; c++) {
      if (bound[c]! <= 0) continue;
      if (
        candRow[c]! < rMin - reachRows ||
        candRow[c]! > rMax + reachRows ||
        candCol[c]! < cMin - reachCols ||
        candCol[c]! > cMax + reachCols
      )
        continue;
      const g = straightGain(c);
      if (g < bound[c]!) {
        bound[c] = g;
        if (g > 0) heap.push(-g, c);
      }
    }
  }
  return out;
}
