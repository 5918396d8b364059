// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AUTH_STORAGE_KEY, readStoredSession } from './read-stored-session';

/** A JWT-shaped token with this payload (the signature is never checked here). */
const token = (payload: object) =>
  `x.${btoa(JSON.stringify(payload)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;
const NOW = Date.UTC(2026, 3, 1);
const record = {
  id: 'u1',
  collectionName: 'users',
  email: 'c@example.com',
  name: '佐藤',
  role: 'coordinator',
  districts: ['d1'],
};

function store(value: unknown): void {
  localStorage.setItem(AUTH_STORAGE_KEY, JSON.stringify(value));
}

afterEach(() => localStorage.clear());

describe('readStoredSession', () => {
  it('reads the SDK’s stored staff sign-in while its token is valid', () => {
    store({ token: token({ exp: NOW / 1000 + 60 }), record });
    expect(readStoredSession(NOW)).toEqual({
      user: {
        id: 'u1',
        email: 'c@example.com',
        name: '佐藤',
        role: 'coordinator',
        districtIds: ['d1'],
      },
      mustChangePassword: false,
    });
    store({ token: token({ exp: NOW / 1000 + 60 }), record: { ...record, one_time_login: true } });
    expect(readStoredSession(NOW)?.mustChangePassword).toBe(true);
  });

  it('is null with nothing stored, an expired token, a superuser or a broken entry', () => {
    expect(readStoredSession(NOW)).toBeNull();
    store({ token: token({ exp: NOW / 1000 - 1 }), record });
    expect(readStoredSession(NOW)).toBeNull();
    store({
      token: token({ exp: NOW / 1000 + 60 }),
      record: { ...record, collectionName: '_superusers' },
    });
    expect(readStoredSession(NOW)).toBeNull();
    store({ token: token({}), record });
    expect(readStoredSession(NOW)).toBeNull();
    localStorage.setItem(AUTH_STORAGE_KEY, '{not json');
    expect(readStoredSession(NOW)).toBeNull();
    store({ token: 'no-dots', record });
    expect(readStoredSession(NOW)).toBeNull();
  });
});
