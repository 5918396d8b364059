/**
 * The needs matrix as CSV rows (header first) for the one CSV writer (`toCsv`, formula-safe):
 * one row per district × service type shown, with the window, counts, supply and the
 * judgement in words and glyph. Pure.
 */
import type { CsvCell } from '$lib/export/to-csv';
import type { NeedsAgainstSupply, SupplyGap } from '$lib/domain/needs-against-supply';
import type { Area, ServiceType } from '$lib/domain/types';

export interface NeedsCsvLabels {
  csv: Record<
    | 'district'
    | 'districtCode'
    | 'serviceType'
    | 'serviceTypeCode'
    | 'records'
    | 'recordsWithoutCount'
    | 'households'
    | 'people'
    | 'supply'
    | 'gap'
    | 'from'
    | 'to',
    string
  >;
  gap: Record<SupplyGap, string>;
}

/**
 * @param matrix computed for `districts` (rows) × `types` (columns), in that order
 * @param glyphs the mark of each judgement, written before its words
 */
export function needsMatrixCsv(
  matrix: NeedsAgainstSupply,
  districts: readonly Area[],
  types: readonly ServiceType[],
  labels: NeedsCsvLabels,
  glyphs: Record<SupplyGap, string>,
  typeName: (t: ServiceType) => string,
): CsvCell[][] {
  const c = labels.csv;
  const rows: CsvCell[][] = [
    [
      c.district,
      c.districtCode,
      c.serviceType,
      c.serviceTypeCode,
      c.records,
      c.recordsWithoutCount,
      c.households,
      c.people,
      c.supply,
      c.gap,
      c.from,
      c.to,
    ],
  ];
  matrix.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      const d = districts[i]!;
      const t = types[j]!;
      rows.push([
        d.name,
        d.code,
        typeName(t),
        t.code,
        cell.records,
        cell.recordsWithoutCount,
        cell.households,
        cell.people,
        cell.supply,
        `${glyphs[cell.gap]} ${labels.gap[cell.gap]}`,
        matrix.from,
        matrix.to,
      ]);
    }),
  );
  return rows;
}
