/**
 * The confirmed-share trend of one district (issue #16 item 5): month by month, the share of
 * its records confirmed within the 12 months before the month's end, rebuilt from the change
 * log. Pure; `now` is passed in.
 *
 * Method: start from the records as they are now and walk the change log backwards. To know a
 * record at instant T, undo every logged change made after T: an update puts back each field's
 * "before" value, a create means the record did not exist yet, a delete brings the record back
 * from the values it had when it was deleted. Only the three fields the share depends on are
 * rebuilt (district, status, last_verified_at). A record with no create entry (loaded with
 * the dataset before the log began) is taken to have existed throughout.
 *
 * Months are calendar months in UTC, like `monthsBefore` and `confirmationShare`; the last
 * point is measured at `now`, not at the end of the current month.
 */
import { confirmationShare } from './confirmation-share';
import type { Resource, ResourceStatus } from './types';

/** One change-log entry of a `resources` record (PocketBase field names in `changes`). */
export interface ResourceChange {
  recordId: string;
  action: 'create' | 'update' | 'delete';
  /** field → [before, after] */
  changes: Record<string, [unknown, unknown]>;
  /** ISO instant the change was saved. */
  createdAt: string;
}

export interface TrendPoint {
  /** The calendar month, "YYYY-MM". */
  month: string;
  /** The instant measured: the month's last millisecond, or `now` for the current month. */
  asOf: string;
  /** Records counted (not closed, in the district at `asOf`). */
  total: number;
  /** Of those, confirmed within 12 months before `asOf`. */
  confirmed: number;
  /** confirmed / total in 0–1; null when the district had no records. */
  share: number | null;
}

type TrendRecord = Pick<Resource, 'id' | 'districtId' | 'status' | 'lastVerifiedAt'>;
type State = { districtId: string; status: ResourceStatus; lastVerifiedAt: string };

/** PocketBase field → the state key it rebuilds. */
const FIELDS = {
  district: 'districtId',
  status: 'status',
  last_verified_at: 'lastVerifiedAt',
} as const;

/** The record at instant `t` (ms), or null when it did not exist then. `newestFirst` holds its entries. */
function stateAt(
  current: State | null,
  newestFirst: readonly ResourceChange[],
  t: number,
): State | null {
  let state = current ? { ...current } : null;
  for (const entry of newestFirst) {
    if (Date.parse(entry.createdAt) <= t) break;
    if (entry.action === 'create') {
      state = null;
      continue;
    }
    // a delete's diff holds every value the record had ([before, null]); an update's the changed ones
    state ??= { districtId: '', status: 'active', lastVerifiedAt: '' };
    for (const [field, key] of Object.entries(FIELDS)) {
      const pair = entry.changes[field];
      if (!pair) continue;
      const before = pair[0];
      // PocketBase writes dates as "2026-01-05 09:00:00.000Z"; the state holds ISO instants
      const text = typeof before === 'string' ? before : '';
      state[key] = (key === 'lastVerifiedAt' ? text.replace(' ', 'T') : text) as ResourceStatus;
    }
  }
  return state;
}

/**
 * @param resources the records as they are now (any districts; others are ignored)
 * @param changes change-log entries of `resources` records (any order; entries of other records are ignored)
 * @param districtId the district to measure
 * @param now the current instant
 * @param opts.months how many monthly points, oldest first, ending with the current month (default 12, 1–60)
 * @returns one point per month
 * @example confirmationTrend(resources, changes, 'd1', new Date('2026-12-05T00:00:00Z'), { months: 3 })
 *   // → points for 2026-10, 2026-11 and 2026-12 (measured at now)
 */
export function confirmationTrend(
  resources: readonly TrendRecord[],
  changes: readonly ResourceChange[],
  districtId: string,
  now: Date,
  opts: { months?: number } = {},
): TrendPoint[] {
  const months = Math.min(60, Math.max(1, Math.floor(opts.months ?? 12)));
  const byRecord = new Map<string, ResourceChange[]>();
  for (const c of changes) {
    if (!byRecord.has(c.recordId)) byRecord.set(c.recordId, []);
    byRecord.get(c.recordId)!.push(c);
  }
  for (const list of byRecord.values())
    list.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const current = new Map<string, State>(
    resources.map((r) => [
      r.id,
      { districtId: r.districtId, status: r.status, lastVerifiedAt: r.lastVerifiedAt },
    ]),
  );
  const ids = new Set([...current.keys(), ...byRecord.keys()]);

  const points: TrendPoint[] = [];
  for (let back = months - 1; back >= 0; back--) {
    const y = now.getUTCFullYear();
    const m = now.getUTCMonth() - back;
    const monthEnd = Date.UTC(y, m + 1, 1) - 1;
    const asOf = new Date(Math.min(monthEnd, now.getTime()));
    const inDistrict: State[] = [];
    for (const id of ids) {
      const s = stateAt(current.get(id) ?? null, byRecord.get(id) ?? [], asOf.getTime());
      if (s && s.districtId === districtId) inDistrict.push(s);
    }
    const share = confirmationShare(inDistrict, asOf);
    const start = new Date(Date.UTC(y, m, 1));
    points.push({ month: start.toISOString().slice(0, 7), asOf: asOf.toISOString(), ...share });
  }
  return points;
}
