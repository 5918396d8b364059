import type { PlanBuilder } from './plan-builder';
import type { ExistingState, ImportInputs, PopulationCellRecord, SourceInfo } from './plan-import';
import { stableId } from './stable-id';

/**
 * The population-cell section of `planImport`: a population table keyed by mesh code becomes
 * `population_cells` records of its source (created, updated or unchanged), summed into
 * `plan.population.mesh`.
 * @returns the mesh table's source, or undefined when there is none to credit
 */
export function planPopulationCells(
  plan: PlanBuilder,
  inputs: ImportInputs,
  existing: ExistingState,
): SourceInfo | undefined {
  const meshTable = inputs.population?.keyedBy === 'mesh' ? inputs.population : undefined;
  const meshSource = meshTable?.source;
  if (meshTable && meshSource && meshTable.meshM) {
    const meshM = meshTable.meshM;
    const cellByKey = new Map(
      (existing.populationCells ?? []).map((c) => [
        `${c.meshM}\u0000${c.meshCode}\u0000${c.source}`,
        c,
      ]),
    );
    plan.population.mesh = 0;
    for (const row of meshTable.rows) {
      // Stored like the server stores it (no null numbers), so a re-import compares equal.
      const record: PopulationCellRecord = {
        meshCode: row.code,
        meshM,
        population: row.population ?? 0,
        population65: row.population65 ?? 0,
        year: meshTable.year ?? 0,
        source: meshSource.key,
      };
      plan.population.mesh += record.population;
      const found = cellByKey.get(`${meshM}\u0000${row.code}\u0000${meshSource.key}`);
      const origin = { file: meshTable.file, row: row.line };
      if (!found) {
        const id = stableId(`population_cells|${meshSource.key}|${meshM}|${row.code}`);
        plan.add('population_cells', 'create', id, record, origin);
      } else if (
        found.population !== record.population ||
        found.population65 !== record.population65 ||
        found.year !== record.year
      ) {
        plan.add('population_cells', 'update', found.id, record, origin);
      } else plan.count('population_cells', 'unchanged');
    }
  }
  return meshSource;
}
