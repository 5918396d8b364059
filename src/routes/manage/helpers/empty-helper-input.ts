import type { Helper, HelperInput } from '$lib/domain/helper';

/**
 * The form's starting values: a helper's stored values to edit, or an empty helper in
 * `districtId` (consent date today, so the coordinator confirms rather than types it).
 */
export function emptyHelperInput(
  helper: Helper | null,
  districtId: string,
  todayIso: string,
): HelperInput {
  if (helper) {
    const { id: _id, consentRecordedBy: _by, updatedAt: _at, ...input } = helper;
    return {
      ...input,
      serviceTypeIds: [...input.serviceTypeIds],
      districtIds: [...input.districtIds],
      weekdays: [...input.weekdays],
    };
  }
  return {
    name: '',
    nameKana: '',
    phone: '',
    email: '',
    postalAddress: '',
    serviceTypeIds: [],
    districtIds: districtId ? [districtId] : [],
    weekdays: [],
    availabilityNote: '',
    courseCompletedOn: '',
    consentOn: todayIso,
    consentPurpose: '',
    note: '',
    status: 'active',
  };
}
