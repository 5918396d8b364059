import type { PopulationGrid } from './population-grid';
import type { SiteCandidate } from './suggest-sites';

/**
 * Candidate sites at the centres of the uncovered populated cells (when a city has no layer
 * of candidate sites), in cell order.
 * @param covered 1 per covered cell, indexed like the grid's cells
 * @param name the candidate's label for cell i (e.g. its mesh code)
 */
export function uncoveredCellCandidates(
  grid: PopulationGrid,
  covered: Uint8Array,
  name: (i: number) => string,
): SiteCandidate[] {
  const out: SiteCandidate[] = [];
  for (let i = 0; i < grid.n; i++)
    if (!covered[i] && grid.population[i]! > 0)
      out.push({ lng: grid.lng[i]!, lat: grid.lat[i]!, name: name(i) });
  return out;
}
