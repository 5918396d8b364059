/**
 * Needs against supply (issue #19 item 3): per district × service type, the needs recorded in
 * the months before an as-of date against the active places and groups that serve the district
 * with that type, and a gap marker a council can act on. Pure.
 *
 * - A need counts when `asOf - months < observedOn <= asOf` (calendar months; 12 by default:
 *   as of 2026-12-05 the window is 2025-12-06 … 2026-12-05). Counts are summed per unit
 *   (households and people are never added together); a need without a count is counted as a
 *   record only, never as 0 people.
 * - Supply: resources with status 'active' that list the service type and serve the district:
 *   their own district or one of their served districts (`serviceDistrictIds`). Every kind
 *   counts (a support centre that lists 相談 supplies it). A resource serving two districts
 *   counts in both.
 * - Gap: `unmet` (needs, no supply), `thin` (needs, and more than `perResource` counted
 *   households or people per supplying resource, the larger of the two sums), `met` (needs and supply), `supply_only`
 *   (supply, no recorded need: not a gap, but a place nobody has asked about), `none`.
 */
import { isoDate } from './iso-date';
import type { Need, Resource } from './types';

export type SupplyGap = 'unmet' | 'thin' | 'met' | 'supply_only' | 'none';

export interface NeedsSupplyCell {
  districtId: string;
  serviceTypeId: string;
  /** Sum of counted households in the window. */
  households: number;
  /** Sum of counted people in the window. */
  people: number;
  /** Needs recorded in the window (with or without a count). */
  records: number;
  /** Of `records`, those without a count. */
  recordsWithoutCount: number;
  /** Active resources serving the district with this type. */
  supply: number;
  gap: SupplyGap;
}

export interface NeedsAgainstSupplyInput {
  needs: readonly Need[];
  resources: readonly Resource[];
  /** Rows, in display order. */
  districtIds: readonly string[];
  /** Columns, in display order. */
  serviceTypeIds: readonly string[];
  /** ISO date (YYYY-MM-DD), inclusive end of the window. */
  asOf: string;
  /** Window length in calendar months (default 12). */
  months?: number;
  /** Households or people per resource above which supply is `thin` (default 10). */
  perResource?: number;
}

export interface NeedsAgainstSupply {
  /** First day of the window (inclusive, ISO). */
  from: string;
  to: string;
  /** `cells[i][j]`: district `districtIds[i]`, type `serviceTypeIds[j]`. */
  cells: NeedsSupplyCell[][];
}

/**
 * The needs-against-supply matrix.
 * @example needsAgainstSupply({ needs, resources, districtIds, serviceTypeIds, asOf: '2026-12-05' })
 *   .cells[0][0].gap // 'unmet'
 */
export function needsAgainstSupply(input: NeedsAgainstSupplyInput): NeedsAgainstSupply {
  const months = input.months ?? 12;
  const perResource = input.perResource ?? 10;
  const [y, m, d] = input.asOf.split('-').map(Number) as [number, number, number];
  // The day after the same date `months` earlier (Date.UTC rolls 31 Feb into March, which
  // only widens the window by the days that month lacks).
  const from = isoDate(y, m - months, d + 1);
  const key = (districtId: string, typeId: string) => `${districtId}\u0000${typeId}`;
  const cellOf = new Map<string, NeedsSupplyCell>();
  const cells = input.districtIds.map((districtId) =>
    input.serviceTypeIds.map((serviceTypeId) => {
      const cell: NeedsSupplyCell = {
        districtId,
        serviceTypeId,
        households: 0,
        people: 0,
        records: 0,
        recordsWithoutCount: 0,
        supply: 0,
        gap: 'none',
      };
      cellOf.set(key(districtId, serviceTypeId), cell);
      return cell;
    }),
  );
  for (const n of input.needs) {
    if (n.observedOn < from || n.observedOn > input.asOf) continue;
    const cell = cellOf.get(key(n.districtId, n.serviceTypeId));
    if (!cell) continue;
    cell.records++;
    if (n.count === null) cell.recordsWithoutCount++;
    else if (n.countUnit === 'households') cell.households += n.count;
    else if (n.countUnit === 'people') cell.people += n.count;
    // A count without a unit cannot be stored (the hook refuses it): it would be neither.
    else cell.recordsWithoutCount++;
  }
  for (const r of input.resources) {
    if (r.status !== 'active') continue;
    const served = new Set([r.districtId, ...r.serviceDistrictIds].filter(Boolean));
    for (const districtId of served)
      for (const typeId of new Set(r.serviceTypeIds)) {
        const cell = cellOf.get(key(districtId, typeId));
        if (cell) cell.supply++;
      }
  }
  for (const cell of cellOf.values()) {
    const counted = Math.max(cell.households, cell.people);
    cell.gap =
      cell.records === 0
        ? cell.supply > 0
          ? 'supply_only'
          : 'none'
        : cell.supply === 0
          ? 'unmet'
          : counted > perResource * cell.supply
            ? 'thin'
            : 'met';
  }
  return { from, to: input.asOf, cells };
}
