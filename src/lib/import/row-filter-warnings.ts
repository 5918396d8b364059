/**
 * Warnings for a places filter (`--places-category`, `--places-name`) or a column mapping that
 * keeps no row, or under 10 % of the file's rows: silent before, so a typo such as
 * `community-hall` imported nothing without a word. Each warning names what the file does have:
 * the 5 most common values of the category column (with counts), or a sample of names.
 */
import type { IssueList } from './import-issue';

/** Below this share of the file's rows, a filter or mapping is reported. */
export const FEW_ROWS_SHARE = 0.1;

export interface RowFilterInput {
  /** Every data row's category and name (as in the file, before filtering). */
  rows: ReadonlyArray<{ category: string; name: string }>;
  /** Rows that became places. */
  kept: number;
  categories?: readonly string[];
  nameFilter?: RegExp;
  /** The columns the values came from ('' when switched off). */
  categoryColumn: string;
  nameColumn: string;
}

/** `値 (12), 値 (3)`: the `n` most common non-empty values, most common first. */
export function mostCommon(values: readonly string[], n = 5): string {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([v, c]) => `${v} (${c})`)
    .join(', ');
}

/** Up to `n` distinct non-empty names, in file order. */
function sampleNames(names: readonly string[], n = 5): string {
  return [...new Set(names.filter(Boolean))].slice(0, n).join(', ');
}

/** Adds the warnings (file-level: row null) to `issues`. */
export function noteRowFilters(issues: IssueList, input: RowFilterInput): void {
  const total = input.rows.length;
  if (total === 0) return;
  const few = (n: number) => n === 0 || n < total * FEW_ROWS_SHARE;
  const byCategory = input.categories
    ? input.rows.filter((r) => input.categories!.includes(r.category))
    : input.rows;
  if (input.categories && few(byCategory.length)) {
    const params = {
      categories: input.categories.join(', '),
      kept: byCategory.length,
      total,
      values: mostCommon(input.rows.map((r) => r.category)) || '—',
    };
    if (byCategory.length === 0)
      issues.warn(null, input.categoryColumn, 'categoryKeepsNone', params);
    else issues.warn(null, input.categoryColumn, 'categoryKeepsFew', params);
    return;
  }
  const byName = input.nameFilter
    ? byCategory.filter((r) => input.nameFilter!.test(r.name))
    : byCategory;
  if (input.nameFilter && few(byName.length)) {
    const params = {
      pattern: input.nameFilter.source,
      kept: byName.length,
      total,
      names: sampleNames(byCategory.map((r) => r.name)) || '—',
    };
    if (byName.length === 0) issues.warn(null, input.nameColumn, 'nameFilterKeepsNone', params);
    else issues.warn(null, input.nameColumn, 'nameFilterKeepsFew', params);
    return;
  }
  // The filters keep enough rows, but the mapping turns few of them into places.
  if (byName.length > 0 && few(input.kept)) {
    issues.warn(null, '', 'mappingKeepsFew', {
      kept: input.kept,
      total: byName.length,
      names: sampleNames(byName.map((r) => r.name)) || '—',
    });
  }
}
