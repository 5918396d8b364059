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
import { UNITS_PER_DEG } from './mesh-index';
import type { PopulationGrid } from './population-grid';

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
  reachDisk?: (lng: number, lat: number, walkM: number) => { lng: number; lat: number; radiusM: number } | null;
}

/**
 * Calls `onRun(r, cLo, cHi)` for each raster row whose cells from column cLo to cHi (inclusive,
 * clamped to the raster, possibly empty positions) have their centre within `walkM` of the point.
 */
export function forEachRowRunWithinM(
  grid: PopulationGrid,
  lng: number,
  lat: number,
  walkM: number,
  onRun: (r: number, cLo: number, cHi: number) => void,
): void {
  const theta = walkM / EARTH_RADIUS_M;
  const s = Math.sin(theta / 2);
  const havTheta = s * s;
  const thetaDeg = theta / RAD;
  const hDeg = grid.cellHUnits / UNITS_PER_DEG;
  const wDeg = grid.cellWUnits / UNITS_PER_DEG;
  const lat0 = (grid.row0 * grid.cellHUnits) / UNITS_PER_DEG;
  const lng0 = 100 + (grid.col0 * grid.cellWUnits) / UNITS_PER_DEG;
  const rLo = Math.max(0, Math.ceil((lat - thetaDeg - lat0) / hDeg - 0.5) - 1);
  const rHi = Math.min(grid.rows - 1, Math.floor((lat + thetaDeg - lat0) / hDeg - 0.5) + 1);
  const cosP = Math.cos(lat * RAD);
  for (let r = rLo; r <= rHi; r++) {
    const rowLat = lat0 + (r + 0.5) * hDeg;
    const sd = Math.sin(((rowLat - lat) * RAD) / 2);
    const havD = sd * sd;
    if (havD > havTheta) continue;
    const h = (havTheta - havD) / (cosP * Math.cos(rowLat * RAD));
    const half = h >= 1 ? 180 : (2 * Math.asin(Math.sqrt(h))) / RAD + 1e-11;
    const cLo = Math.max(0, Math.ceil((lng - half - lng0) / wDeg - 0.5));
    const cHi = Math.min(grid.cols - 1, Math.floor((lng + half - lng0) / wDeg - 0.5));
    if (cLo <= cHi) onRun(r, cLo, cHi);
  }
}

/** Calls `visit(i)` for each grid cell whose centre lies within `walkM` of the point (exact, as in classifyCoverage). */
export function forEachCellWithinM(grid: PopulationGrid, lng: number, lat: number, walkM: number, visit: (i: number) => void): void {
  forEachRowRunWithinM(grid, lng, lat, walkM, (r, cLo, cHi) => {
    for (let c = cLo; c <= cHi; c++) {
      const i = grid.rasterToCell[r * grid.cols + c]!;
      if (i >= 0) visit(i);
    }
  });
}

/**
 * @param covered current coverage (1 per covered cell); not modified
 * @param candidates sites to choose from; pass the centres of uncovered populated cells
 *   when there is no candidates layer (see {@link uncoveredCellCandidates})
 * @returns up to k suggestions, best first (ties: the candidate listed first); fewer when no
 *   candidate adds anyone
 */
export function suggestSites(
  grid: PopulationGrid,
  covered: Uint8Array,
  candidates: readonly SiteCandidate[],
  options: SuggestOptions,
): SiteSuggestion[] {
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
  const hDeg = grid.cellHUnits / UNITS_PER_DEG;
  const wDeg = grid.cellWUnits / UNITS_PER_DEG;
  const lat0 = (grid.row0 * grid.cellHUnits) / UNITS_PER_DEG;
  const lng0 = 100 + (grid.col0 * grid.cellWUnits) / UNITS_PER_DEG;

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
      for (let dr = -span; dr <= span; dr++) {
        const rowLat = lat + dr * hDeg;
        const sd = Math.sin((dr * hDeg * RAD) / 2);
        const havD = sd * sd;
        if (havD > havTheta) continue;
        const h = (havTheta - havD) / (Math.cos(lat * RAD) * Math.cos(rowLat * RAD));
        const half = (h >= 1 ? 180 : (2 * Math.asin(Math.sqrt(h))) / RAD + 1e-11) / wDeg;
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
      forEachRowRunWithinM(grid, candidates[c]!.lng, candidates[c]!.lat, options.walkM, (r, cLo, cHi) => {
        g += prefix[r * stride + cHi + 1]! - prefix[r * stride + cLo]!;
      });
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
  const heap = new BoundHeap(candidates.length);
  for (let c = 0; c < candidates.length; c++) if (bound[c]! > 0) heap.push(bound[c]!, c);
  const out: SiteSuggestion[] = [];
  for (let round = 0; round < options.k; round++) {
    let best = -1;
    while (heap.size > 0) {
      const c = heap.topIndex();
      if (heap.topBound() !== bound[c]) {
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
          if (g > 0) heap.push(g, c);
          continue;
        }
      }
      bound[c] = networkGain(c);
      fresh[c] = round;
      if (bound[c]! > 0) heap.push(bound[c]!, c);
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
    if (reach) reach(pick.lng, pick.lat, options.walkM, (i) => take(grid.cellRow[i]! * cols + grid.cellCol[i]!));
    else {
      forEachRowRunWithinM(grid, pick.lng, pick.lat, options.walkM, (r, cLo, cHi) => {
        for (let c = cLo; c <= cHi; c++) if (people[r * cols + c]! > 0 || people65[r * cols + c]! > 0) take(r * cols + c);
      });
    }
    out.push({ ...pick, rank: round + 1, extraCovered: extra, extraCovered65: grid.has65 ? extra65 : null });
    bound[best] = 0;
    if (rMax < 0) continue;
    for (let r = rMin; r <= rMax; r++) sumRow(r);
    // Candidates that reach a changed row get their straight gain again (a tighter, still valid bound in network mode).
    for (let c = 0; c < candidates.length; c++) {
      if (bound[c]! <= 0) continue;
      if (candRow[c]! < rMin - reachRows || candRow[c]! > rMax + reachRows || candCol[c]! < cMin - reachCols || candCol[c]! > cMax + reachCols) continue;
      const g = straightGain(c);
      if (g < bound[c]!) {
        bound[c] = g;
        if (g > 0) heap.push(g, c);
      }
    }
  }
  return out;
}

/** A binary max-heap of (bound, candidate), larger bound first, then smaller candidate index. */
class BoundHeap {
  #bound: Float64Array;
  #index: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.#bound = new Float64Array(Math.max(16, capacity));
    this.#index = new Int32Array(this.#bound.length);
  }

  topBound(): number {
    return this.#bound[0]!;
  }

  topIndex(): number {
    return this.#index[0]!;
  }

  #before(b1: number, i1: number, b2: number, i2: number): boolean {
    return b1 > b2 || (b1 === b2 && i1 < i2);
  }

  push(b: number, idx: number): void {
    if (this.size === this.#bound.length) {
      const nb = new Float64Array(this.size * 2);
      nb.set(this.#bound);
      const ni = new Int32Array(this.size * 2);
      ni.set(this.#index);
      this.#bound = nb;
      this.#index = ni;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.#before(b, idx, this.#bound[p]!, this.#index[p]!)) break;
      this.#bound[i] = this.#bound[p]!;
      this.#index[i] = this.#index[p]!;
      i = p;
    }
    this.#bound[i] = b;
    this.#index[i] = idx;
  }

  pop(): void {
    const b = this.#bound[--this.size]!;
    const idx = this.#index[this.size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.#before(this.#bound[c + 1]!, this.#index[c + 1]!, this.#bound[c]!, this.#index[c]!)) c++;
      if (!this.#before(this.#bound[c]!, this.#index[c]!, b, idx)) break;
      this.#bound[i] = this.#bound[c]!;
      this.#index[i] = this.#index[c]!;
      i = c;
    }
    this.#bound[i] = b;
    this.#index[i] = idx;
  }
}

/** Candidate sites at the centres of the uncovered populated cells. */
export function uncoveredCellCandidates(grid: PopulationGrid, covered: Uint8Array, name: (i: number) => string): SiteCandidate[] {
  const out: SiteCandidate[] = [];
  for (let i = 0; i < grid.n; i++) if (!covered[i] && grid.population[i]! > 0) out.push({ lng: grid.lng[i]!, lat: grid.lat[i]!, name: name(i) });
  return out;
}
