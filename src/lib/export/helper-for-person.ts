import type { Helper } from '../domain/helper';

/** Everything recorded about one helper, as handed to that person (a JSON file). */
export interface HelperForPerson {
  format: 'sasaeai-helper-record';
  version: 1;
  /** ISO date the file was made. */
  exportedOn: string;
  name: string;
  nameKana: string;
  contact: { phone: string; email: string; postalAddress: string };
  /** Service type names (Japanese), in the taxonomy's order as given. */
  offers: string[];
  /** District names. */
  districts: string[];
  weekdays: string[];
  availabilityNote: string;
  courseCompletedOn: string | null;
  consent: { on: string; purpose: string };
  note: string;
  status: Helper['status'];
  /** ISO timestamp of the record's last change. */
  lastChanged: string;
}

/**
 * The record of one helper for the person themself (issue #19: "exported for the person"):
 * every field we keep, ids turned into names. The stamp of who recorded consent is a staff
 * account's id, not the person's data, and is left out; ids that name nothing are kept as they
 * are, so the file never hides a value.
 *
 * @param names id → display name for districts and service types
 * @param exportedOn ISO date (YYYY-MM-DD)
 */
export function helperForPerson(
  helper: Helper,
  names: {
    districts: Readonly<Record<string, string>>;
    serviceTypes: Readonly<Record<string, string>>;
  },
  exportedOn: string,
): HelperForPerson {
  return {
    format: 'sasaeai-helper-record',
    version: 1,
    exportedOn,
    name: helper.name,
    nameKana: helper.nameKana,
    contact: { phone: helper.phone, email: helper.email, postalAddress: helper.postalAddress },
    offers: helper.serviceTypeIds.map((id) => names.serviceTypes[id] ?? id),
    districts: helper.districtIds.map((id) => names.districts[id] ?? id),
    weekdays: [...helper.weekdays],
    availabilityNote: helper.availabilityNote,
    courseCompletedOn: helper.courseCompletedOn || null,
    consent: { on: helper.consentOn, purpose: helper.consentPurpose },
    note: helper.note,
    status: helper.status,
    lastChanged: helper.updatedAt,
  };
}
