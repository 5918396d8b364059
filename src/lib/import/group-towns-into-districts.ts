import { importIssue, type ImportIssue } from './import-issue';
import type { TownInput } from './read-boundaries';
import type { ImportInputs } from './plan-import';
import { resolveTownMapping } from './resolve-town-mapping';

/** A district as the mapping makes it, with its towns. */
export interface MappedDistrict {
  name: string;
  code: string;
  dailyLifeArea: string;
  /** Its row in the district list, else its first row in the mapping. */
  line: number;
  towns: TownInput[];
}

export interface TownGrouping {
  /** Town code → its district's name and the mapping row that put it there. */
  districtOfTown: Map<string, { district: string; line: number }>;
  /** In district-list order, then mapping order. */
  districts: Map<string, MappedDistrict>;
  /** Towns in no district, in boundary order. */
  unassignedTowns: Array<{ code: string; name: string }>;
}

/**
 * Puts the boundaries' towns into the districts of the towns → districts mapping (and its
 * district list, when given: a mapping row naming a district the list lacks is an error).
 * Without a mapping, no town has a district and none is reported unassigned.
 */
export function groupTownsIntoDistricts(
  towns: readonly TownInput[],
  map: ImportInputs['mapping'],
  boundariesFile: string,
  issues: ImportIssue[],
): TownGrouping {
  const districtOfTown = new Map<string, { district: string; line: number }>();
  const districts = new Map<string, MappedDistrict>();
  const unassignedTowns: Array<{ code: string; name: string }> = [];
  if (!map) return { districtOfTown, districts, unassignedTowns };
  const known = map.districts ? new Map(map.districts.rows.map((d) => [d.name, d])) : null;
  for (const d of map.districts?.rows ?? [])
    districts.set(d.name, {
      name: d.name,
      code: d.code,
      dailyLifeArea: d.dailyLifeArea,
      line: d.line,
      towns: [],
    });
  const rows = map.towns.rows.filter((row) => {
    if (known && !known.has(row.district)) {
      issues.push(
        importIssue('error', map.towns.file, row.line, 'district', 'districtNotInList', {
          district: row.district,
          list: map.districts!.file,
        }),
      );
      return false;
    }
    return true;
  });
  const resolved = resolveTownMapping(towns, rows, {
    mapping: map.towns.file,
    boundaries: boundariesFile,
  });
  issues.push(...resolved.issues);
  for (const [code, assignment] of resolved.districtOfTown) districtOfTown.set(code, assignment);
  for (const row of rows) {
    if (!districts.has(row.district))
      districts.set(row.district, {
        name: row.district,
        code: '',
        dailyLifeArea: row.dailyLifeArea,
        line: row.line,
        towns: [],
      });
    const d = districts.get(row.district)!;
    if (!d.dailyLifeArea && row.dailyLifeArea) d.dailyLifeArea = row.dailyLifeArea;
  }
  for (const t of towns) {
    const d = districtOfTown.get(t.code);
    if (d) districts.get(d.district)!.towns.push(t);
    else unassignedTowns.push({ code: t.code, name: t.name });
  }
  if (unassignedTowns.length) {
    issues.push(
      importIssue('warning', map.towns.file, null, '', 'townsUnassigned', {
        count: unassignedTowns.length,
      }),
    );
  }
  return { districtOfTown, districts, unassignedTowns };
}
