/**
 * The population a coverage computation works on: the city's mesh cells (`population_cells`)
 * when it has any, otherwise its towns' residents spread over 100 m cells
 * (`populationCellsFromAreas`), so that a city loaded from e-Stat town boundaries alone, the
 * usual first import, still gets coverage.
 */
import type { PopulationCell } from '../domain/types';
import { populationCellsFromAreas } from '../geo/population-cells-from-areas';
import { GatewayError, type Gateway } from './gateway';
import type { PublicReads } from './public-reads';
import { toArea, type PbRecord } from './records';
import { errorMessage } from '../domain/error-message';

export interface CoveragePopulation {
  cells: PopulationCell[];
  /** True when the cells were spread from town populations (no mesh table is loaded). */
  fromTowns: boolean;
}

/**
 * @param opts.reads read the mesh cells from the public snapshot (typed-array columns, a
 *   tenth of the records API's JSON); population cells are public to everyone
 * @param opts.districtId only the towns of this district when spreading (a district profile
 *   needs no more; mesh cells are always returned whole)
 */
export async function loadCoveragePopulation(
  gateway: Gateway,
  opts: { districtId?: string; reads?: PublicReads | null } = {},
): Promise<CoveragePopulation> {
  const cells = opts.reads
    ? await opts.reads.populationCells()
    : await gateway.listPopulationCells();
  if (cells.length > 0) return { cells, fromTowns: false };
  let towns;
  try {
    const filter = opts.districtId
      ? gateway.pb.filter('kind = "town" && parent = {:id}', { id: opts.districtId })
      : 'kind = "town"';
    towns = (await gateway.pb.collection('areas').getFullList({ batch: 1000, filter })).map((r) =>
      toArea(r as PbRecord),
    );
  } catch (err) {
    throw new GatewayError(`towns for the population: ${errorMessage(err)}`, 0);
  }
  const spread = populationCellsFromAreas(towns);
  return { cells: spread, fromTowns: spread.length > 0 };
}
