/**
 * What a care manager relied on when they put a resource on a shortlist: the fields the
 * printed sheet shows. Kept with the entry so the sheet can say what changed since.
 */
import type {
  Booking,
  Cost,
  Eligibility,
  Resource,
  ResourceKind,
  ResourceStatus,
  Schedule,
} from './types';

export interface ShortlistSnapshot {
  name: string;
  kind: ResourceKind;
  status: ResourceStatus;
  address: string;
  publicPhone: string;
  schedule: Schedule;
  cost: Cost;
  eligibility: Eligibility | null;
  booking: Booking | null;
}

/** The compared fields, in the order the sheet lists changes. */
export const SNAPSHOT_FIELDS = [
  'name',
  'status',
  'schedule',
  'address',
  'cost',
  'eligibility',
  'booking',
  'publicPhone',
  'kind',
] as const satisfies readonly (keyof ShortlistSnapshot)[];

/** The snapshot of `resource` now (a structured copy: later edits of the record do not reach it). */
export function shortlistSnapshot(resource: Resource): ShortlistSnapshot {
  const { name, kind, status, address, publicPhone, schedule, cost, eligibility, booking } =
    resource;
  return structuredClone({
    name,
    kind,
    status,
    address,
    publicPhone,
    schedule,
    cost,
    eligibility,
    booking,
  });
}
