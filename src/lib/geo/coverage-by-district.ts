/**
 * Sums population, covered and uncovered residents (and 65+ where known) per area.
 */
import type { CellAreas } from './assign-cells-to-areas';
import type { PopulationGrid } from './population-grid';

/** One area's counts. Counts are rounded to whole people only for display by the caller. */
export interface AreaCoverage {
  name: string;
  /** The area's id when the input had one, else ''. */
  id: string;
  population: number;
  covered: number;
  uncovered: number;
  /** 65+ counts; null when the population data has no 65+ column. */
  population65: number | null;
  covered65: number | null;
  uncovered65: number | null;
}

/** Totals over all cells; `unassigned` is the population in no area (covered or not). */
export interface CoverageTotals {
  population: number;
  covered: number;
  uncovered: number;
  unassigned: number;
  population65: number | null;
  uncovered65: number | null;
}

export interface CoverageSummary {
  totals: CoverageTotals;
  areas: AreaCoverage[];
}

/**
 * Aggregates a cell classification by area.
 * @param covered 1 per covered cell (from classifyCoverage / classifyNetworkCoverage)
 */
export function coverageByDistrict(
  grid: PopulationGrid,
  cellAreas: CellAreas,
  covered: Uint8Array,
): CoverageSummary {
  const k = cellAreas.names.length;
  const pop = new Float64Array(k);
  const cov = new Float64Array(k);
  const pop65 = new Float64Array(k);
  const cov65 = new Float64Array(k);
  let total = 0;
  let totalCovered = 0;
  let unassigned = 0;
  let total65 = 0;
  let covered65 = 0;
  const { population, population65 } = grid;
  const cellArea = cellAreas.cellArea;
  for (let i = 0; i < grid.n; i++) {
    const p = population[i]!;
    const p65 = population65[i]!;
    const c = covered[i];
    total += p;
    total65 += p65;
    if (c) {
      totalCovered += p;
      covered65 += p65;
    }
    const a = cellArea[i]!;
    if (a < 0) {
      unassigned += p;
      continue;
    }
    pop[a]! += p;
    pop65[a]! += p65;
    if (c) {
      cov[a]! += p;
      cov65[a]! += p65;
    }
  }
  const has65 = grid.has65;
  return {
    totals: {
      population: total,
      covered: totalCovered,
      uncovered: total - totalCovered,
      unassigned,
      population65: has65 ? total65 : null,
      uncovered65: has65 ? total65 - covered65 : null,
    },
    areas: cellAreas.names.map((name, a) => ({
      name,
      id: cellAreas.ids[a] ?? '',
      population: pop[a]!,
      covered: cov[a]!,
      uncovered: pop[a]! - cov[a]!,
      population65: has65 ? pop65[a]! : null,
      covered65: has65 ? cov65[a]! : null,
      uncovered65: has65 ? pop65[a]! - cov65[a]! : null,
    })),
  };
}
