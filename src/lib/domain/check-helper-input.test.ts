import { describe, expect, it } from 'vitest';
import { checkHelperInput } from './check-helper-input';
import type { HelperInput } from './helper';

const TODAY = '2026-12-05';
const input = (o: Partial<HelperInput> = {}): HelperInput => ({
  name: '支援 花子',
  nameKana: '',
  phone: '090-1111-2222',
  email: '',
  postalAddress: '',
  serviceTypeIds: ['t1'],
  districtIds: ['d1'],
  weekdays: [],
  availabilityNote: '',
  courseCompletedOn: '',
  consentOn: '2026-12-05',
  consentPurpose: '地域の支え合い活動の紹介のため',
  note: '',
  status: 'active',
  ...o,
});

describe('checkHelperInput', () => {
  it('accepts a complete helper, consent given today', () => {
    expect(checkHelperInput(input(), TODAY)).toEqual({});
  });

  it.each([
    [{ name: ' ' }, 'name', 'required'],
    [{ phone: '', email: '', postalAddress: '' }, 'phone', 'contact_required'],
    [{ phone: '090-abcd' }, 'phone', 'phone_format'],
    [{ email: 'nope' }, 'email', 'email_format'],
    [{ serviceTypeIds: [] }, 'serviceTypeIds', 'required'],
    [{ districtIds: [] }, 'districtIds', 'required'],
    [{ consentOn: '' }, 'consentOn', 'required'],
    [{ consentOn: '2026/12/01' }, 'consentOn', 'date_format'],
    [{ consentOn: '2026-12-06' }, 'consentOn', 'future_date'],
    [{ consentPurpose: '' }, 'consentPurpose', 'required'],
    [{ courseCompletedOn: '2027-01-01' }, 'courseCompletedOn', 'future_date'],
    [{ note: '長男 090-3333-4444' }, 'note', 'personal_data'],
    [{ availabilityNote: 'a@b.jp まで' }, 'availabilityNote', 'personal_data'],
  ] as [Partial<HelperInput>, string, string][])('refuses %o: %s %s', (o, field, code) => {
    expect(checkHelperInput(input(o), TODAY)[field]).toBe(code);
  });

  it('accepts a helper reached by post only', () => {
    expect(
      checkHelperInput(input({ phone: '', postalAddress: 'さくら野市本町1-2-3' }), TODAY),
    ).toEqual({});
  });
});
