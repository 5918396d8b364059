/**
 * What tells apart towns that share a name, for the town picker. A city may have two
 * 「今泉町」 (merged municipalities keep their old town names); the picker shows each with
 * its district, and when that is the same too, with the town's code, so two different towns
 * never read the same. Pure.
 */
export interface NamedTown {
  id: string;
  name: string;
  /** Parent district id ('' when none). */
  parentId: string;
  /** The town's stable code (e.g. e-Stat KEY_CODE). */
  code: string;
}

/**
 * Per town id, the code to show beside a homonym whose district is also shared ('' for every
 * other town: its name and district already say which it is).
 * @param towns every town of the city (not only the suggestions: a homonym outside the
 *   current suggestions is still a homonym).
 */
export function townDisambiguators(towns: readonly NamedTown[]): Map<string, string> {
  const groups = new Map<string, NamedTown[]>();
  for (const t of towns) {
    const key = `${t.name.trim()}\u0000${t.parentId}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    for (const t of group) out.set(t.id, group.length > 1 ? t.code || t.id : '');
  }
  return out;
}
