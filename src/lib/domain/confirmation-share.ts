/**
 * "How current are the records": the share of a district's records confirmed within the
 * last N months (default 12). Pure; `now` is passed in.
 */
import { monthsBefore } from './months-before';
import type { Resource } from './types';

export interface ConfirmationShare {
  /** Records counted (closed ones are left out: nobody re-confirms an ended activity). */
  total: number;
  /** Of those, confirmed on or after `now − months`. */
  confirmed: number;
  /** confirmed / total in 0–1; null when there are no records to count. */
  share: number | null;
}

/**
 * @param resources the records (typically one district's)
 * @param now the current instant
 * @param opts.months the window in calendar months (default 12)
 */
export function confirmationShare(
  resources: readonly Pick<Resource, 'status' | 'lastVerifiedAt'>[],
  now: Date,
  opts: { months?: number } = {},
): ConfirmationShare {
  const since = monthsBefore(now, opts.months ?? 12).getTime();
  let total = 0;
  let confirmed = 0;
  for (const r of resources) {
    if (r.status === 'closed') continue;
    total++;
    const t = r.lastVerifiedAt ? Date.parse(r.lastVerifiedAt) : NaN;
    if (Number.isFinite(t) && t >= since) confirmed++;
  }
  return { total, confirmed, share: total === 0 ? null : confirmed / total };
}
