/**
 * A service's HSDS `service_capacity` row back into whether newcomers are taken, the capacity
 * and the places free with the date of that answer (the inverse of `serviceCapacityRow`).
 * Whatever the row leaves out stays unknown: no `available` → places free unknown (never 0),
 * no `maximum` (or 0) → capacity unknown, a description other than the two texts the export
 * writes → newcomers unknown, no `updated` → no date.
 */
import type { Resource } from '../domain/types';
import { NEWCOMERS_DESCRIPTION } from '../export/to-hsds';
import type { IssueList } from './import-issue';

export type ServiceCapacity = Required<
  Pick<Resource, 'acceptingNewcomers' | 'capacity' | 'capacityAvailable' | 'capacityUpdatedAt'>
>;

const absent = (v: unknown): boolean => v === undefined || v === null || v === '';

/**
 * @param row the service's row (a service without one keeps what is stored: see mergeHsdsResource)
 * @param rowNumber its 1-based position in `service_capacities`, for issues
 * @param name the service's name, for issues
 * @returns null (after recording an error naming the row and field) when a value is unreadable
 */
export function readServiceCapacity(
  row: Record<string, unknown>,
  rowNumber: number,
  name: string,
  issues: IssueList,
): ServiceCapacity | null {
  const count = (field: 'available' | 'maximum'): number | null | undefined => {
    const v = row[field];
    if (absent(v)) return null;
    const n = typeof v === 'number' ? v : Number(String(v).trim());
    if (Number.isInteger(n) && n >= 0) return n;
    const path = 'service_capacities.' + field;
    issues.error(rowNumber, path, 'hsdsBadCapacity', {
      name,
      field,
      value: String(v),
    });
    return undefined;
  };
  const available = count('available');
  const maximum = count('maximum');
  if (available === undefined || maximum === undefined) return null;
  let updated = '';
  if (!absent(row.updated)) {
    const t = Date.parse(String(row.updated));
    if (Number.isNaN(t)) {
      issues.error(rowNumber, 'service_capacities.updated', 'hsdsBadCapacityDate', {
        name,
        value: String(row.updated),
      });
      return null;
    }
    updated = new Date(t).toISOString();
  }
  const description = String(row.description ?? '').trim();
  return {
    acceptingNewcomers:
      description === NEWCOMERS_DESCRIPTION.yes
        ? true
        : description === NEWCOMERS_DESCRIPTION.no
          ? false
          : null,
    // our capacity is a maximum per session: 0 would mean nobody may come, so it reads as unknown
    capacity: maximum === 0 ? null : maximum,
    capacityAvailable: available,
    capacityUpdatedAt: updated,
  };
}
