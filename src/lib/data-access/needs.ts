/**
 * Needs without personal data (issue #19): the `needs` collection as `Need`. The server is the
 * authority (pb_migrations/1734000001_needs.js, pb_hooks/needs.pb.js): staff read; admins and
 * coordinators of the district write; a care manager creates only an unmet search (source
 * 'care_manager', no note, no count). A refusal is a GatewayError whose `fieldErrors` name the
 * PocketBase field (`note`, `district`, `count`, `count_unit`, `observed_on`…).
 */
import type { NeedInput } from '../domain/validate-need-input';
import type { Need, NeedSource, Weekday } from '../domain/types';
import { call, type Gateway } from './gateway';
import type { PbRecord } from './records';

/** The raw record as a `Need` (a count that is not a whole number reads as not counted). */
export function toNeed(r: PbRecord): Need {
  const count = typeof r.count === 'number' && Number.isInteger(r.count) ? r.count : null;
  const unit = r.count_unit === 'households' || r.count_unit === 'people' ? r.count_unit : '';
  return {
    id: r.id,
    districtId: String(r.district ?? ''),
    serviceTypeId: String(r.service_type ?? ''),
    count,
    countUnit: count === null ? '' : unit,
    source: r.source as NeedSource,
    observedOn: String(r.observed_on ?? '').slice(0, 10),
    weekdays: Array.isArray(r.weekdays) ? (r.weekdays as Weekday[]) : [],
    note: String(r.note ?? ''),
    createdBy: String(r.created_by ?? ''),
  };
}

function toBody(input: NeedInput): Record<string, unknown> {
  return {
    district: input.districtId,
    service_type: input.serviceTypeId,
    count: input.count,
    count_unit: input.count === null ? '' : input.countUnit,
    source: input.source,
    observed_on: `${input.observedOn} 00:00:00.000Z`,
    weekdays: input.weekdays,
    note: input.note,
  };
}

/**
 * The needs the caller may read, newest first (by date, then by when recorded).
 * @param opts.districtId only this district's; all when absent
 * @throws GatewayError for anonymous callers (the list rule shows them nothing: [] in fact)
 */
export async function listNeeds(
  gateway: Gateway,
  opts: { districtId?: string } = {},
): Promise<Need[]> {
  const items = await call(() =>
    gateway.pb.collection('needs').getFullList({
      sort: '-observed_on,-created',
      ...(opts.districtId
        ? { filter: gateway.pb.filter('district = {:d}', { d: opts.districtId }) }
        : {}),
    }),
  );
  return items.map((r) => toNeed(r as PbRecord));
}

/** Records a need; the server stamps `createdBy`. */
export async function createNeed(gateway: Gateway, input: NeedInput): Promise<Need> {
  const r = await call(() => gateway.pb.collection('needs').create(toBody(input)));
  return toNeed(r as PbRecord);
}

/** Replaces a need's values (its author stays). */
export async function updateNeed(gateway: Gateway, id: string, input: NeedInput): Promise<Need> {
  const r = await call(() => gateway.pb.collection('needs').update(id, toBody(input)));
  return toNeed(r as PbRecord);
}

export async function deleteNeed(gateway: Gateway, id: string): Promise<void> {
  await call(() => gateway.pb.collection('needs').delete(id));
}
