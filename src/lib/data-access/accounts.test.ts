import { describe, expect, it } from 'vitest';
import { generateOneTimePassword, validateAccount } from './accounts';

describe('generateOneTimePassword', () => {
  it('gives 16 unambiguous characters, different every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generateOneTimePassword();
      expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });

  it('meets the 10-character minimum of the users collection at any requested length ≥ 10', () => {
    expect(generateOneTimePassword(10)).toHaveLength(10);
  });
});

describe('validateAccount', () => {
  const base = { name: '山田 花子', email: 'hanako@example.jp', role: 'coordinator' as const, districtIds: ['d1'] };

  it('needs a district for a coordinator, and none for a care manager', () => {
    expect(validateAccount(base, { isNew: true })).toEqual({});
    expect(validateAccount({ ...base, districtIds: [] }, { isNew: true })).toEqual({ districts: 'districts_required' });
    expect(validateAccount({ ...base, role: 'care_manager', districtIds: [] }, { isNew: true })).toEqual({});
  });

  it('checks the e-mail only for a new account', () => {
    expect(validateAccount({ ...base, email: 'nope' }, { isNew: true })).toEqual({ email: 'invalid' });
    expect(validateAccount({ ...base, email: '' }, { isNew: false })).toEqual({});
  });
});
