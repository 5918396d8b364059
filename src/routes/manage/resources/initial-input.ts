/**
 * The resource form's starting values: the record's own, or for a new record the empty
 * values where nothing is assumed (eligibility, booking and newcomers stay unknown until the
 * coordinator says them).
 */
import type { Resource } from '$lib/domain/types';
import type { ResourceInput } from '$lib/domain/validate-resource-input';

/**
 * @param r the record being edited, or null for a new one
 * @param defaultDistrictId the district a new record starts in (the editor's first)
 */
export function initialInput(r: Resource | null, defaultDistrictId: string): ResourceInput {
  return {
    kind: r?.kind ?? 'gathering_place',
    name: r?.name ?? '',
    nameKana: r?.nameKana ?? '',
    nameKanaGenerated: r?.nameKanaGenerated ?? false,
    description: r?.description ?? '',
    districtId: r?.districtId ?? defaultDistrictId,
    location: r?.location ?? null,
    locationApproximate: r?.locationApproximate ?? false,
    address: r?.address ?? '',
    directions: r?.directions ?? '',
    schedule: structuredClone(
      r?.schedule ?? {
        rules: [],
        closedOnPublicHolidays: true,
        closedPeriods: [],
        closedDates: [],
        note: '',
      },
    ),
    cost: { ...(r?.cost ?? { amountYen: null, unit: 'per_visit', note: '' }) },
    eligibility: r ? r.eligibility : null,
    booking: r ? r.booking : null,
    capacity: r?.capacity ?? null,
    capacityAvailable: r?.capacityAvailable ?? null,
    acceptingNewcomers: r ? r.acceptingNewcomers : null,
    accessibility: [...(r?.accessibility ?? [])],
    publicPhone: r?.publicPhone ?? '',
    website: r?.website ?? '',
    status: r?.status ?? 'planned',
    statusReason: '',
    isPublic: r?.isPublic ?? true,
    mainActivity: r?.mainActivity ?? '',
    runBy: r?.runBy ?? '',
    venueType: r?.venueType ?? '',
    frequencyBand: r?.frequencyBand ?? '',
    participants: r?.participants ?? null,
    participantsYear: r?.participantsYear ?? null,
  };
}
