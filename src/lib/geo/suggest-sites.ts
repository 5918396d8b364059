/**
 * Where to add a gathering place: greedy maximum coverage. From candidate sites, pick the
 * one that would newly cover the most uncovered residents, mark them covered, and repeat
 * k times. Greedy is the standard (1 − 1/e)-approximation for maximum coverage and, unlike
 * an exact solver, explains itself: each pick lists the extra people it adds.
 */
import { EARTH_RADIUS_M } from './great-circle-m';
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
}

/** Calls `visit(i)` for each grid cell whose centre lies within `walkM` of the point (exact, as in classifyCoverage). */
export function forEachCellWithinM(grid: PopulationGrid, lng: number, lat: number, walkM: number, visit: (i: number) => void): void {
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
    for (let c = cLo; c <= cHi; c++) {
      const i = grid.rasterToCell[r * grid.cols + c]!;
      if (i >= 0) visit(i);
    }
  }
}

/**
 * @param covered current coverage (1 per covered cell); not modified
 * @param candidates sites to choose from; pass the centres of uncovered populated cells
 *   when there is no candidates layer (see {@link uncoveredCellCandidates})
 * @returns up to k suggestions, best first; fewer when no candidate adds anyone
 */
export function suggestSites(
  grid: PopulationGrid,
  covered: Uint8Array,
  candidates: readonly SiteCandidate[],
  options: SuggestOptions,
): SiteSuggestion[] {
  const weight = options.weight === 'population65' && grid.has65 ? grid.population65 : grid.population;
  // Candidate → uncovered cells it reaches (CSR), and the reverse.
  const start: number[] = [0];
  const cells: number[] = [];
  for (const cand of candidates) {
    forEachCellWithinM(grid, cand.lng, cand.lat, options.walkM, (i) => {
      if (!covered[i] && grid.population[i]! > 0) cells.push(i);
    });
    start.push(cells.length);
  }
  const byCellCount = new Int32Array(grid.n + 1);
  for (const i of cells) byCellCount[i + 1]!++;
  for (let i = 0; i < grid.n; i++) byCellCount[i + 1]! += byCellCount[i]!;
  const cellStart = byCellCount.slice();
  const fill = byCellCount.slice(0, grid.n);
  const cellCands = new Int32Array(cells.length);
  for (let c = 0; c < candidates.length; c++) for (let k = start[c]!; k < start[c + 1]!; k++) cellCands[fill[cells[k]!]!++] = c;

  const gain = new Float64Array(candidates.length);
  for (let c = 0; c < candidates.length; c++) for (let k = start[c]!; k < start[c + 1]!; k++) gain[c]! += weight[cells[k]!]!;
  const taken = new Uint8Array(grid.n);
  const out: SiteSuggestion[] = [];
  for (let round = 0; round < options.k; round++) {
    let best = -1;
    for (let c = 0; c < candidates.length; c++) if (gain[c]! > 1e-9 && (best < 0 || gain[c]! > gain[best]!)) best = c;
    if (best < 0) break;
    let extra = 0;
    let extra65 = 0;
    for (let k = start[best]!; k < start[best + 1]!; k++) {
      const i = cells[k]!;
      if (taken[i]) continue;
      taken[i] = 1;
      extra += grid.population[i]!;
      extra65 += grid.population65[i]!;
      for (let j = cellStart[i]!; j < cellStart[i + 1]!; j++) gain[cellCands[j]!]! -= weight[i]!;
    }
    out.push({ ...candidates[best]!, rank: round + 1, extraCovered: extra, extraCovered65: grid.has65 ? extra65 : null });
  }
  return out;
}

/** Candidate sites at the centres of the uncovered populated cells. */
export function uncoveredCellCandidates(grid: PopulationGrid, covered: Uint8Array, name: (i: number) => string): SiteCandidate[] {
  const out: SiteCandidate[] = [];
  for (let i = 0; i < grid.n; i++) if (!covered[i] && grid.population[i]! > 0) out.push({ lng: grid.lng[i]!, lat: grid.lat[i]!, name: name(i) });
  return out;
}
