import { importIssue, type ImportIssue } from './import-issue';
import type { TownInput } from './read-boundaries';
import type { ImportInputs } from './plan-import';

/**
 * Joins a population table keyed by town code onto the boundaries' towns (in place: a known
 * count replaces the town's own), and warns about codes the boundaries lack and about towns
 * whose population stays unknown (naming up to five of them).
 */
export function joinTownPopulation(
  towns: TownInput[],
  pop: ImportInputs['population'],
  boundariesFile: string,
  issues: ImportIssue[],
): void {
  if (pop?.keyedBy === 'town') {
    const byCode = new Map(towns.map((t) => [t.code, t]));
    for (const row of pop.rows) {
      const t = byCode.get(row.code);
      if (!t) {
        issues.push(
          importIssue('warning', pop.file, row.line, 'code', 'townCodeNotInBoundaries', {
            code: row.code,
          }),
        );
        continue;
      }
      if (row.population !== null) t.population = row.population;
      if (row.population65 !== null) t.population65 = row.population65;
      if (row.population75 !== null) t.population75 = row.population75;
    }
  }

  const unknownTowns = towns.filter((t) => t.population === null);
  if (unknownTowns.length > 0) {
    const names =
      unknownTowns
        .slice(0, 5)
        .map((t) => `${t.name} (${t.code})`)
        .join(', ') + (unknownTowns.length > 5 ? ', …' : '');
    const file = pop?.file ?? boundariesFile;
    issues.push(
      unknownTowns.length === towns.length
        ? importIssue('warning', file, null, 'population', 'noPopulation')
        : unknownTowns.length === 1
          ? importIssue('warning', file, null, 'population', 'oneTownNoPopulation', { names })
          : importIssue('warning', file, null, 'population', 'townsNoPopulation', {
              count: unknownTowns.length,
              names,
            }),
    );
  }
}
