/**
 * Pure summaries of the city's data for lists and tables (every map fact is also a list).
 */
import { RESOURCE_KINDS, type Area, type Resource, type ResourceKind } from '$lib/domain/types';

export type KindCounts = Record<ResourceKind, number>;

export interface DistrictSummary {
  /** District id; '' for resources without a (known) district. */
  id: string;
  name: string;
  code: string;
  counts: KindCounts;
  total: number;
}

export function emptyCounts(): KindCounts {
  return Object.fromEntries(RESOURCE_KINDS.map((k) => [k, 0])) as KindCounts;
}

/**
 * Counts resources by kind in each district, in the districts' order. Resources whose
 * district is unknown are gathered in a final row with id '' (only when there are any).
 */
export function summariseByDistrict(
  districts: Area[],
  resources: Resource[],
  noDistrictName: string,
): DistrictSummary[] {
  const rows = new Map<string, DistrictSummary>();
  for (const d of districts)
    rows.set(d.id, { id: d.id, name: d.name, code: d.code, counts: emptyCounts(), total: 0 });
  let orphan: DistrictSummary | null = null;
  for (const r of resources) {
    let row = rows.get(r.districtId);
    if (!row) {
      orphan ??= { id: '', name: noDistrictName, code: '', counts: emptyCounts(), total: 0 };
      row = orphan;
    }
    row.counts[r.kind]++;
    row.total++;
  }
  const out = [...rows.values()];
  if (orphan) out.push(orphan);
  return out;
}

/** Totals over all rows. */
export function totalCounts(rows: DistrictSummary[]): { counts: KindCounts; total: number } {
  const counts = emptyCounts();
  let total = 0;
  for (const r of rows) {
    for (const k of RESOURCE_KINDS) counts[k] += r.counts[k];
    total += r.total;
  }
  return { counts, total };
}
