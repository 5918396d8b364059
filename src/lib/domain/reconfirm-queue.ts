/**
 * The re-confirmation queue: records whose last confirmation is old enough to ask again,
 * oldest first (never-confirmed records lead). Pure; `now` is passed in.
 */
import { monthsBefore } from './months-before';
import type { Resource } from './types';

/** never: no confirmation on record; overdue: older than `dueMonths`; due_soon: older than `flagMonths`. */
export type ReconfirmState = 'never' | 'overdue' | 'due_soon' | 'current';

export interface ReconfirmEntry<R> {
  resource: R;
  state: ReconfirmState;
  /** Whole days since the last confirmation; null when never confirmed. */
  ageDays: number | null;
}

/**
 * @param resources candidate records (closed ones are skipped)
 * @param now the current instant
 * @param opts.flagMonths a record enters the queue this many months after confirmation (default 10)
 * @param opts.dueMonths after this many months it is overdue (default 12)
 * @param opts.includeCurrent also list records not yet flagged (default false)
 */
export function reconfirmQueue<R extends Pick<Resource, 'status' | 'lastVerifiedAt' | 'name'>>(
  resources: readonly R[],
  now: Date,
  opts: { flagMonths?: number; dueMonths?: number; includeCurrent?: boolean } = {},
): ReconfirmEntry<R>[] {
  const flagAt = monthsBefore(now, opts.flagMonths ?? 10).getTime();
  const dueAt = monthsBefore(now, opts.dueMonths ?? 12).getTime();
  const out: (ReconfirmEntry<R> & { t: number })[] = [];
  for (const resource of resources) {
    if (resource.status === 'closed') continue;
    const parsed = resource.lastVerifiedAt ? Date.parse(resource.lastVerifiedAt) : NaN;
    const t = Number.isFinite(parsed) ? parsed : -Infinity;
    const state: ReconfirmState =
      t === -Infinity ? 'never' : t < dueAt ? 'overdue' : t < flagAt ? 'due_soon' : 'current';
    if (state === 'current' && !opts.includeCurrent) continue;
    const ageDays = t === -Infinity ? null : Math.floor((now.getTime() - t) / 86_400_000);
    out.push({ resource, state, ageDays, t });
  }
  out.sort((a, b) => a.t - b.t || a.resource.name.localeCompare(b.resource.name, 'ja'));
  return out.map(({ resource, state, ageDays }) => ({ resource, state, ageDays }));
}
