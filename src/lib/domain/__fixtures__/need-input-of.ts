import type { NeedInput } from '../validate-need-input';

/**
 * A need that passes every check on 2026-12-05 (12 households in `district1`, seen by survey on
 * 2026-11-30, no weekdays, no note), with `fields` set over that. A fresh object each call.
 */
export function needInputOf(fields: Partial<NeedInput> = {}): NeedInput {
  return {
    districtId: 'district1',
    serviceTypeId: 'type1',
    count: 12,
    countUnit: 'households',
    source: 'survey',
    observedOn: '2026-11-30',
    weekdays: [],
    note: '',
    ...fields,
  };
}
