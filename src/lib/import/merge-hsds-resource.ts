import type { Resource, Schedule } from '../domain/types';
import { scheduleRow } from '../export/to-hsds';
import { sameRecord } from './same-record';

/** The fee text HSDS holds for a cost (mirrors `fees_description` in `toHsds`). */
function feesText(c: Resource['cost']): string {
  return [c.amountYen === null ? '' : `${c.amountYen}円`, c.note].filter(Boolean).join(' ');
}

/**
 * What an HSDS package says about a resource, laid over the stored record. Fields HSDS cannot
 * hold (kind, eligibility, booking, capacity without a places-free answer, cost amount and unit, closures, accessibility,
 * verifier, visibility…) keep their stored values. A held field whose HSDS form is the same
 * keeps its stored value too, so importing a package exported from this database changes
 * nothing: a verification date with the time of day cut, the same fee text, the same set of
 * served districts, the same RRULE rows.
 */
export function mergeHsdsResource(
  stored: Omit<Resource, 'updatedAt'>,
  hsds: Omit<Resource, 'updatedAt'>,
): Omit<Resource, 'updatedAt'> {
  const served = (r: Omit<Resource, 'updatedAt'>) =>
    [...new Set([r.districtId, ...r.serviceDistrictIds])].sort();
  const sameDistricts =
    stored.districtId === hsds.districtId && sameRecord(served(stored), served(hsds));
  const rows = (s: Schedule) => s.rules.map((rule) => scheduleRow(rule, '', '', s.note));
  const schedule = sameRecord(rows(stored.schedule), rows(hsds.schedule))
    ? stored.schedule
    : // Without rules HSDS has no row to carry the note on: keep the stored one.
      {
        ...stored.schedule,
        rules: hsds.schedule.rules,
        note: hsds.schedule.rules.length ? hsds.schedule.note : stored.schedule.note,
      };
  return {
    ...stored,
    name: hsds.name,
    nameKana: hsds.nameKana,
    nameKanaGenerated: hsds.nameKanaGenerated,
    description: hsds.description,
    districtId: hsds.districtId,
    serviceDistrictIds: sameDistricts ? stored.serviceDistrictIds : hsds.serviceDistrictIds,
    location: hsds.location,
    address: hsds.address,
    directions: hsds.directions,
    schedule,
    cost:
      feesText(stored.cost) === feesText(hsds.cost)
        ? stored.cost
        : { ...stored.cost, amountYen: null, note: hsds.cost.note },
    publicPhone: hsds.publicPhone,
    website: hsds.website,
    status: hsds.status,
    organizationId: hsds.organizationId,
    lastVerifiedAt:
      stored.lastVerifiedAt.slice(0, 10) === hsds.lastVerifiedAt.slice(0, 10)
        ? stored.lastVerifiedAt
        : hsds.lastVerifiedAt,
    ...mergeCapacity(stored, hsds),
  };
}

type CapacityFields = Pick<
  Resource,
  'acceptingNewcomers' | 'capacity' | 'capacityAvailable' | 'capacityUpdatedAt'
>;

/**
 * The package's newcomers/capacity answer when the service has a `service_capacities` row (the
 * reader then sets `capacityAvailable`, null when unknown); the stored one when it has none. The same
 * answer keeps the stored values, so an absent field does not count as a change from null.
 */
function mergeCapacity(stored: CapacityFields, hsds: CapacityFields): Partial<CapacityFields> {
  if (hsds.capacityAvailable === undefined) return {};
  const answer = (r: CapacityFields) => [
    r.acceptingNewcomers,
    r.capacity,
    r.capacityAvailable ?? null,
    r.capacityUpdatedAt ? Date.parse(r.capacityUpdatedAt) : '',
  ];
  if (sameRecord(answer(stored), answer(hsds))) return {};
  return {
    acceptingNewcomers: hsds.acceptingNewcomers,
    capacity: hsds.capacity,
    capacityAvailable: hsds.capacityAvailable,
    capacityUpdatedAt: hsds.capacityUpdatedAt,
  };
}
