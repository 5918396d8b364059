import { describe, expect, it } from 'vitest';
import { validateAccount } from './validate-account';

describe('validateAccount', () => {
  const base = {
    name: '山田 花子',
    email: 'hanako@example.jp',
    role: 'coordinator' as const,
    districtIds: ['d1'],
  };

  it('needs a district for a coordinator, and none for a care manager', () => {
    expect(validateAccount(base, { isNew: true })).toEqual({});
    expect(validateAccount({ ...base, districtIds: [] }, { isNew: true })).toEqual({
      districts: 'districts_required',
    });
    expect(
      validateAccount({ ...base, role: 'care_manager', districtIds: [] }, { isNew: true }),
    ).toEqual({});
  });

  it('checks the e-mail only for a new account', () => {
    expect(validateAccount({ ...base, email: 'nope' }, { isNew: true })).toEqual({
      email: 'invalid',
    });
    expect(validateAccount({ ...base, email: '' }, { isNew: false })).toEqual({});
  });
});
