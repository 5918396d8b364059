/**
 * Helpers (担い手, issue #19 item 4): personal data that only admins and the coordinators of a
 * helper's districts may read (pb_migrations/1734300001_helpers.js). The server is the
 * authority: it checks consent, contact and notes (pb_hooks/lib/helpers.js) and stamps who
 * recorded the consent. Other pages read counts only (`listHelperCounts`).
 */
import type { Helper, HelperCount, HelperInput, HelperStatus } from '../domain/helper';
import type { Weekday } from '../domain/types';
import { call, type Gateway } from './gateway';
import type { PbRecord } from './records';

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const isoDate = (v: unknown): string => String(v ?? '').slice(0, 10);

function toHelper(r: PbRecord): Helper {
  return {
    id: r.id,
    name: String(r.name ?? ''),
    nameKana: String(r.name_kana ?? ''),
    phone: String(r.phone ?? ''),
    email: String(r.email ?? ''),
    postalAddress: String(r.postal_address ?? ''),
    serviceTypeIds: list(r.service_types),
    districtIds: list(r.districts),
    weekdays: list(r.weekdays) as Weekday[],
    availabilityNote: String(r.availability_note ?? ''),
    courseCompletedOn: isoDate(r.course_completed_on),
    consentOn: isoDate(r.consent_on),
    consentPurpose: String(r.consent_purpose ?? ''),
    consentRecordedBy: String(r.consent_recorded_by ?? ''),
    note: String(r.note ?? ''),
    status: (r.status || 'active') as HelperStatus,
    updatedAt: String(r.updated ?? '').replace(' ', 'T'),
  };
}

const date = (iso: string) => (iso.trim() ? `${iso.trim()} 00:00:00.000Z` : '');

function toBody(input: HelperInput): Record<string, unknown> {
  return {
    name: input.name.trim(),
    name_kana: input.nameKana.trim(),
    phone: input.phone.trim(),
    email: input.email.trim(),
    postal_address: input.postalAddress.trim(),
    service_types: input.serviceTypeIds,
    districts: input.districtIds,
    weekdays: input.weekdays,
    availability_note: input.availabilityNote.trim(),
    course_completed_on: date(input.courseCompletedOn),
    consent_on: date(input.consentOn),
    consent_purpose: input.consentPurpose.trim(),
    note: input.note.trim(),
    status: input.status,
  };
}

/**
 * Every helper the caller may read (admins: all; coordinators: those in one of their
 * districts; anybody else: none), by reading.
 */
export async function listHelpers(gateway: Gateway): Promise<Helper[]> {
  const items = await call(() =>
    gateway.pb.collection('helpers').getFullList({ sort: 'name_kana,name' }),
  );
  return items.map((x) => toHelper(x as PbRecord));
}

/**
 * Registers a helper (`id` null) or saves an edit.
 * @throws GatewayError 400 with fieldErrors (consent_on, consent_purpose, phone, note…), 403/404
 *   outside the caller's districts
 */
export async function saveHelper(
  gateway: Gateway,
  id: string | null,
  input: HelperInput,
): Promise<Helper> {
  const body = toBody(input);
  const rec = await call(() =>
    id
      ? gateway.pb.collection('helpers').update(id, body)
      : gateway.pb.collection('helpers').create(body),
  );
  return toHelper(rec as PbRecord);
}

/** Deletes a helper for good (on their request); the change log keeps no personal field. */
export async function deleteHelper(gateway: Gateway, id: string): Promise<void> {
  await call(() => gateway.pb.collection('helpers').delete(id));
}

/**
 * Active helpers per district × service type (GET /api/sasaeai/helper-counts): exact for
 * staff; for anybody else counts under 3 come back as `count: null, fewerThan: 3`.
 * Pairs without a helper are absent (0).
 */
export async function listHelperCounts(gateway: Gateway): Promise<HelperCount[]> {
  const res = await call(() =>
    gateway.pb.send<{
      cells: { district: string; service_type: string; count: number | null; fewerThan?: number }[];
    }>('/api/sasaeai/helper-counts', { method: 'GET' }),
  );
  return res.cells.map((c) => ({
    districtId: c.district,
    serviceTypeId: c.service_type,
    count: c.count,
    ...(c.fewerThan === undefined ? {} : { fewerThan: c.fewerThan }),
  }));
}
