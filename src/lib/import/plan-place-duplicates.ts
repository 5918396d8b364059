import type { Resource } from '../domain/types';
import { findLikelyDuplicates } from './find-likely-duplicates';
import { importIssue, type ImportIssue } from './import-issue';
import { ownRecordIdOf } from './own-record-id-of';
import type { ExistingState, ImportDuplicate, ImportInputs } from './plan-import';
import type { PlaceInput } from './read-places';

/**
 * Finds place rows that repeat an earlier row (of any places file of this import) or a place
 * already in the directory, records them in `duplicates` with a warning each, and returns the
 * rows to leave out (none with `keepDuplicates`). A row whose own record already exists (same
 * source and id: a re-import) is an update of that record, never a duplicate; the directory's
 * own pairs are the coordinators' "possible duplicates" list, not the import's business.
 */
export function planPlaceDuplicates(
  inputs: ImportInputs,
  existing: ExistingState,
  resourceBySource: ReadonlyMap<string, Resource>,
  duplicates: ImportDuplicate[],
  issues: ImportIssue[],
): Set<PlaceInput> {
  const stored = existing.resources.filter((r) => r.status !== 'closed');
  const storedIds = new Set(existing.resources.map((r) => r.id));
  // A row that updates a record (same source and id, or our own exported id) is that record
  // again, never a duplicate of it.
  const rows = (inputs.places ?? []).flatMap((g) =>
    g.result.places.map((p) => ({
      p,
      file: g.result.file,
      own:
        resourceBySource.has(`${g.source.key}\u0000${p.sourceId}`) ||
        storedIds.has(ownRecordIdOf(p)),
    })),
  );
  const cityName = inputs.city?.name ?? existing.site?.cityName ?? '';
  const pairs = findLikelyDuplicates(
    [
      ...stored.map((r) => ({ name: r.name, location: r.location })),
      ...rows.map((r) => ({ name: r.p.name, location: r.own ? null : r.p.location })),
    ],
    {
      fromIndex: stored.length,
      cityWords: cityName ? [cityName, cityName.replace(/[市区町村]$/, '')] : [],
    },
  );
  const skipped = new Set<PlaceInput>();
  const keep = inputs.keepDuplicates === true;
  for (const pair of pairs) {
    const row = rows[pair.second - stored.length]!;
    if (skipped.has(row.p) || duplicates.some((d) => d.file === row.file && d.row === row.p.row))
      continue;
    const firstRow = pair.first >= stored.length ? rows[pair.first - stored.length]! : null;
    const firstRecord = firstRow ? null : stored[pair.first]!;
    const of = firstRow
      ? { name: firstRow.p.name, file: firstRow.file, row: firstRow.p.row, resourceId: '' }
      : { name: firstRecord!.name, file: '', row: null, resourceId: firstRecord!.id };
    duplicates.push({
      file: row.file,
      row: row.p.row,
      name: row.p.name,
      of,
      distanceM: pair.distanceM,
      reason: pair.reason,
      created: keep,
    });
    const params = {
      name: row.p.name,
      other: of.name,
      distanceM: Math.round(pair.distanceM),
      ...(firstRow ? { otherRow: firstRow.p.row, otherFile: firstRow.file } : {}),
    };
    issues.push(
      firstRow
        ? keep
          ? importIssue('warning', row.file, row.p.row, 'name', 'likelyDuplicateKept', params)
          : importIssue('warning', row.file, row.p.row, 'name', 'likelyDuplicate', params)
        : keep
          ? importIssue(
              'warning',
              row.file,
              row.p.row,
              'name',
              'likelyDuplicateOfDirectoryKept',
              params,
            )
          : importIssue(
              'warning',
              row.file,
              row.p.row,
              'name',
              'likelyDuplicateOfDirectory',
              params,
            ),
    );
    if (!keep) skipped.add(row.p);
  }
  return skipped;
}
