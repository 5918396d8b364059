/**
 * The directory's "possible duplicates" (issue #12): pairs of records that look like one place
 * listed twice, found by the same rules as the importer (`findLikelyDuplicates`), minus pairs a
 * coordinator marked "not a duplicate"; merging one into the other, and dismissing a pair.
 *
 * The server does the writes (pb_hooks/merge-resources.pb.js): a merge is one transaction that
 * fills what the kept record lacks, re-points contacts, support events, suggestions, support
 * centres and shortlists, archives the other (closed, `merged_into`) and logs both records.
 */
import type { MergeField } from '../domain/merge-fields';
import type { Resource } from '../domain/types';
import { findLikelyDuplicates, type DuplicateReason } from '../import/find-likely-duplicates';
import { GatewayError, type Gateway } from './gateway';

/** A pair to look at: `first` is the older listing (suggested to keep). */
export interface PossibleDuplicate {
  first: Resource;
  second: Resource;
  distanceM: number;
  reason: DuplicateReason;
}

export { MERGE_FIELDS, lacks, type MergeField } from '../domain/merge-fields';

/** The server's field name of each mergeable field. */
const SERVER_FIELD: Record<MergeField, string> = {
  nameKana: 'name_kana',
  description: 'description',
  address: 'address',
  directions: 'directions',
  publicPhone: 'public_phone',
  website: 'website',
  schedule: 'schedule',
  location: 'location',
};

/** "a|b" with the ids sorted: how a dismissed pair is recognised. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Pairs among `resources` (closed ones left out: a merged record is closed), minus `dismissed`
 * pair keys. Pure: the state class passes what it loaded.
 */
export function possibleDuplicates(
  resources: readonly Resource[],
  dismissed: ReadonlySet<string>,
): PossibleDuplicate[] {
  const open = resources.filter((r) => r.status !== 'closed');
  return findLikelyDuplicates(open.map((r) => ({ name: r.name, location: r.location })))
    .map((p) => ({
      first: open[p.first]!,
      second: open[p.second]!,
      distanceM: p.distanceM,
      reason: p.reason,
    }))
    .filter((p) => !dismissed.has(pairKey(p.first.id, p.second.id)));
}

async function send<T>(gateway: Gateway, path: string, body: unknown, method = 'POST'): Promise<T> {
  try {
    return (await gateway.pb.send(path, { method, body })) as T;
  } catch (err) {
    const e = err as { status?: number; response?: { message?: string }; message?: string };
    throw new GatewayError(e.response?.message || e.message || String(err), e.status ?? 0);
  }
}

/** The pair keys coordinators marked "not a duplicate". */
export async function listDismissedPairs(gateway: Gateway): Promise<Set<string>> {
  try {
    const items = await gateway.pb
      .collection('duplicate_dismissals')
      .getFullList({ fields: 'resource_a,resource_b' });
    return new Set(items.map((r) => pairKey(String(r.resource_a), String(r.resource_b))));
  } catch (err) {
    const e = err as { status?: number; message?: string };
    throw new GatewayError(e.message ?? String(err), e.status ?? 0);
  }
}

export interface MergeResult {
  keep: string;
  merged: string;
  /** Server field names filled on the kept record. */
  taken: string[];
  /** Re-pointed records per collection. */
  repointed: Record<string, number>;
}

/**
 * Merges `mergeId` into `keepId`, filling `take` (fields the kept record lacks) from it.
 * @throws GatewayError 403 outside the caller's districts, 400 for a record already merged.
 */
export function mergeResources(
  gateway: Gateway,
  keepId: string,
  mergeId: string,
  take: readonly MergeField[],
): Promise<MergeResult> {
  return send<MergeResult>(gateway, '/api/sasaeai/resources/merge', {
    keep: keepId,
    merge: mergeId,
    take: take.map((f) => SERVER_FIELD[f]),
  });
}

/** Records that the two are different places; the list stops showing them. */
export async function markNotDuplicate(gateway: Gateway, a: string, b: string): Promise<void> {
  await send(gateway, '/api/sasaeai/resources/not-duplicate', { a, b });
}
