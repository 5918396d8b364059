/**
 * Which district each town belongs to, from the rows of a towns → districts mapping, without
 * guessing: a row names a town by code, by exact name, or by a name prefix ending in `*`.
 *
 * - Names are compared after the shared Japanese normaliser with spaces removed, so a row's
 *   `旭1丁目` matches e-Stat's `旭１丁目` and `京ケ島` matches `京ヶ島`.
 * - An exact name that matches several towns (different codes: e-Stat splits a large 大字 into
 *   several areas of one name, and a designated city's wards repeat names) is an error naming
 *   every matching town with its code and ward, unless the row's ward/city column (`area`)
 *   leaves one. The row then assigns nothing: putting every town of that name in one district
 *   would quietly move people between districts.
 * - A name that matches nothing gets up to three "did you mean" towns (edit distance on the
 *   normalised names).
 * - Rows are read top to bottom. A code or exact name beats an earlier `*` row; a later `*` row
 *   only takes towns not named yet. `*` rows are explicit about taking many towns, so they are
 *   never ambiguous; a ward/city column narrows them too.
 */
import { nearestNames } from '../search/nearest-names';
import { normalizeJapanese } from '../search/normalize-japanese';
import { importIssue, type ImportIssue } from './import-issue';
import type { TownMappingRow } from './read-area-tables';
import type { TownInput } from './read-boundaries';

export interface TownAssignment {
  district: string;
  /** The mapping row (line) that decided it. */
  line: number;
}

export interface ResolvedTownMapping {
  /** Town code → its district. Towns not in the map are in no district. */
  districtOfTown: Map<string, TownAssignment>;
  issues: ImportIssue[];
}

/** How many "did you mean" towns an unknown name gets. */
const MAX_SUGGESTIONS = 3;

/**
 * The form names are compared in: without spaces (removed first, so 「京 ヶ 島」's ヶ still sits
 * between kanji), then normalised (width, ヶ/ケ/が, kana).
 */
function key(name: string): string {
  return normalizeJapanese(name.replace(/[\s\u3000]+/g, ''));
}

/** A town as the messages name it: `旭町 102020020 (千葉市中央区)`. */
function describe(t: TownInput): string {
  return `${t.name} ${t.code}${t.parent ? ` (${t.parent})` : ''}`;
}

/**
 * @param towns the boundaries' towns (codes unique).
 * @param rows the mapping rows to apply (rows naming a district that is not in the district
 *   list are left out by the caller).
 * @param files file names for the messages.
 */
export function resolveTownMapping(
  towns: readonly TownInput[],
  rows: readonly TownMappingRow[],
  files: { mapping: string; boundaries: string },
): ResolvedTownMapping {
  const issues: ImportIssue[] = [];
  const districtOfTown = new Map<string, TownAssignment>();
  const keyOf = new Map(towns.map((t) => [t.code, key(t.name)]));
  const byKey = new Map<string, TownInput[]>();
  for (const t of towns) {
    const k = keyOf.get(t.code)!;
    const list = byKey.get(k);
    if (list) list.push(t);
    else byKey.set(k, [t]);
  }
  const namesByKey = new Map([...byKey].map(([k, list]) => [k, list[0]!.name]));
  const parentKey = new Map(towns.map((t) => [t.code, key(t.parent ?? '')]));
  /** Whether a town lies in the row's ward/city: equal, or its start (city) or end (ward). */
  const inArea = (t: TownInput, area: string): boolean => {
    const p = parentKey.get(t.code)!;
    return p !== '' && (p === area || p.startsWith(area) || p.endsWith(area));
  };

  for (const row of rows) {
    const area = row.area ? key(row.area) : '';
    const prefix =
      !row.townCode && row.townName.endsWith('*') ? key(row.townName.slice(0, -1)) : null;
    const field = row.townCode ? 'town_code' : 'town_name';
    const town = row.townCode || row.townName;
    let matches: TownInput[];
    if (row.townCode) matches = towns.filter((t) => t.code === row.townCode);
    else if (prefix !== null)
      matches = towns.filter(
        (t) => keyOf.get(t.code)!.startsWith(prefix) && (!area || inArea(t, area)),
      );
    else {
      const named = byKey.get(key(row.townName)) ?? [];
      matches = area ? named.filter((t) => inArea(t, area)) : named;
      if (matches.length === 0 && named.length > 0) {
        const areas = [...new Set(named.map((t) => t.parent || '?'))].join(', ');
        issues.push(
          importIssue('error', files.mapping, row.line, 'ward', 'townNotInArea', {
            town,
            area: row.area ?? '',
            areas,
          }),
        );
        continue;
      }
      if (matches.length > 1) {
        issues.push(
          importIssue('error', files.mapping, row.line, field, 'townNameAmbiguous', {
            town,
            count: matches.length,
            towns: matches.map(describe).join(', '),
          }),
        );
        continue;
      }
    }
    if (matches.length === 0) {
      const suggestions =
        prefix === null && !row.townCode
          ? nearestNames(key(row.townName), namesByKey, MAX_SUGGESTIONS)
          : [];
      issues.push(
        suggestions.length
          ? importIssue('error', files.mapping, row.line, field, 'townNotFoundDidYouMean', {
              town,
              boundaries: files.boundaries,
              suggestions: suggestions.join(' / '),
            })
          : importIssue('error', files.mapping, row.line, field, 'townNotFound', {
              town,
              boundaries: files.boundaries,
            }),
      );
      continue;
    }
    for (const t of matches) {
      const prev = districtOfTown.get(t.code);
      // A code or exact name beats an earlier prefix rule ("倉渕町*" then "倉渕町三ノ倉").
      if (!prev || (prev.district !== row.district && prefix === null))
        districtOfTown.set(t.code, { district: row.district, line: row.line });
    }
  }
  return { districtOfTown, issues };
}
