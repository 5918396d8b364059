import { describe, expect, it } from 'vitest';
import { canEditDistrict } from './can-edit-district';
import type { User } from './types';

const user = (role: User['role'], districtIds: string[] = []): User => ({
  id: 'u',
  name: 'u',
  email: 'u@example.jp',
  role,
  districtIds,
});

describe('canEditDistrict', () => {
  it('lets an admin edit every district and a coordinator only their own', () => {
    expect(canEditDistrict(user('admin'), 'd9')).toBe(true);
    expect(canEditDistrict(user('coordinator', ['d1', 'd2']), 'd2')).toBe(true);
    expect(canEditDistrict(user('coordinator', ['d1', 'd2']), 'd3')).toBe(false);
  });

  it('refuses a care manager (even one with districts) and a signed-out visitor', () => {
    expect(canEditDistrict(user('care_manager', ['d1']), 'd1')).toBe(false);
    expect(canEditDistrict(null, 'd1')).toBe(false);
  });
});
