import type { Km } from './local-projection';

export interface GroupContiguousInput {
  /** Position of each item (e.g. a town's population-weighted centre). */
  positions: readonly Km[];
  /** Neighbour indices of each item; must be symmetric. */
  neighbours: readonly (readonly number[])[];
  /** One item index per group, the group's seed. Distinct. */
  seeds: readonly number[];
  /**
   * Relative reach of each group (default 1): distances to a group's seed are divided by
   * it, so a group with reach 0.8 stops growing earlier than its neighbours.
   */
  reach?: readonly number[];
}

/**
 * Assigns every item to a group such that each group is connected through `neighbours`,
 * approximating "nearest seed": groups grow from their seeds, always annexing next the
 * unassigned neighbour closest to its group's seed (a multi-source best-first search).
 *
 * This is how towns become districts and districts become daily-life areas: nearest-seed
 * alone can leave a town cut off from its district; growing along shared borders cannot.
 * Items not reachable from any seed (another connected component) go to the seed nearest
 * by straight-line distance.
 *
 * @returns the group index (position in `seeds`) of every item
 */
export function groupContiguous({
  positions,
  neighbours,
  seeds,
  reach,
}: GroupContiguousInput): number[] {
  const group = positions.map(() => -1);
  const dist = (item: number, g: number): number => {
    const a = positions[item] as Km;
    const b = positions[seeds[g] as number] as Km;
    return Math.hypot(a[0] - b[0], a[1] - b[1]) / (reach?.[g] ?? 1);
  };
  // The frontier is small (a few hundred entries), so a sorted scan is simpler than a heap
  // and keeps tie-breaking deterministic: by distance, then group, then item index.
  const frontier: { item: number; g: number; d: number }[] = [];
  const push = (item: number, g: number): void => {
    for (const n of neighbours[item] ?? [])
      if (group[n] === -1) frontier.push({ item: n, g, d: dist(n, g) });
  };
  seeds.forEach((s, g) => {
    group[s] = g;
  });
  seeds.forEach((s, g) => push(s, g));
  while (frontier.length > 0) {
    let best = 0;
    for (let i = 1; i < frontier.length; i++) {
      const a = frontier[i] as (typeof frontier)[number];
      const b = frontier[best] as (typeof frontier)[number];
      if (a.d < b.d || (a.d === b.d && (a.g < b.g || (a.g === b.g && a.item < b.item)))) best = i;
    }
    const { item, g } = frontier[best] as (typeof frontier)[number];
    frontier.splice(best, 1);
    if (group[item] !== -1) continue;
    group[item] = g;
    push(item, g);
  }
  return group.map((g, item) => {
    if (g !== -1) return g;
    let bestG = 0;
    for (let k = 1; k < seeds.length; k++) if (dist(item, k) < dist(item, bestG)) bestG = k;
    return bestG;
  });
}
