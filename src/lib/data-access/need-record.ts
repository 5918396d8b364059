/**
 * A `needs` record ↔ the domain `Need` (issue #19). The import reads stored needs through it
 * to match a survey's rows, and the needs matrix reads them to count. The survey date is a
 * PocketBase date ("2026-04-01 00:00:00.000Z"): its calendar day is the first ten characters.
 */
import { NEED_SOURCES, WEEKDAYS, type Need, type NeedSource, type Weekday } from '../domain/types';
import type { PbRecord } from './records';

/** The domain need of a stored record; an unknown or malformed count reads as null (not counted). */
export function toNeed(r: PbRecord): Need {
  const count = r.count;
  const source = String(r.source ?? '');
  const unit = String(r.count_unit ?? '');
  return {
    id: r.id,
    districtId: String(r.district ?? ''),
    serviceTypeId: String(r.service_type ?? ''),
    count: typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : null,
    countUnit: unit === 'households' || unit === 'people' ? unit : '',
    source: (NEED_SOURCES as readonly string[]).includes(source)
      ? (source as NeedSource)
      : 'survey',
    observedOn: String(r.observed_on ?? '').slice(0, 10),
    weekdays: (Array.isArray(r.weekdays) ? r.weekdays : []).filter((d): d is Weekday =>
      (WEEKDAYS as readonly string[]).includes(String(d)),
    ),
    note: String(r.note ?? ''),
    createdBy: String(r.created_by ?? ''),
  };
}
