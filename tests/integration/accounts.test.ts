/**
 * Accounts managed by admins (issue #11), against a real PocketBase holding the demo city:
 * only admins create and edit accounts; a coordinator needs a district; a one-time password
 * forces a new one before the account can do anything; a disabled account cannot sign in and
 * the token it holds stops working; an admin cannot lock themself out; every change is logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, signIn, signInStaff, signInSuperuser } from './api';
import type { ApiClient, ListBody } from './api';

let server: TestServer;
let su: ApiClient;
let admin: ApiClient;
let coord: ApiClient;
let careManager: ApiClient;
let districtIds: string[];
let townId: string;

type Rec = Record<string, unknown> & { id: string };

async function staffContacts(c: ApiClient): Promise<number> {
  const res = await c.get<ListBody>('/api/collections/resource_contacts/records?perPage=1');
  expect(res.status).toBe(200);
  return res.body.totalItems;
}

async function logEntries(recordId: string): Promise<Rec[]> {
  const res = await su.get<ListBody<Rec>>(
    `/api/collections/change_log/records?perPage=100&sort=created&filter=${encodeURIComponent(`collection_name = "users" && record_id = "${recordId}"`)}`,
  );
  return res.body.items;
}

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  ({ admin, coord, careManager } = await signInStaff(server.url, 'admin', 'coord', 'careManager'));
  const districts = await su.get<ListBody<Rec>>(
    `/api/collections/areas/records?perPage=3&filter=${encodeURIComponent('kind = "district"')}`,
  );
  districtIds = districts.body.items.map((d) => d.id);
  const towns = await su.get<ListBody<Rec>>(
    `/api/collections/areas/records?perPage=1&filter=${encodeURIComponent('kind = "town"')}`,
  );
  townId = towns.body.items[0]!.id;
});

afterAll(async () => {
  await server?.stop();
});

const newAccount = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  name: 'テスト 太郎',
  password: 'one-time-Pw-1234',
  passwordConfirm: 'one-time-Pw-1234',
  role: 'coordinator',
  districts: [districtIds[0], districtIds[1]],
  one_time_login: true,
  ...extra,
});

/**
 * A fresh staff account made by the admin and signed in with its own password (the demo
 * accounts are not changed here: outside a marked demo directory the server refuses to
 * save them).
 */
async function freshAccount(
  email: string,
  role: 'coordinator' | 'care_manager',
): Promise<ApiClient> {
  const created = await admin.post<Rec>(
    '/api/collections/users/records',
    newAccount(email, {
      role,
      one_time_login: false,
      password: 'own-Password-123',
      passwordConfirm: 'own-Password-123',
    }),
  );
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return signIn(server.url, email, 'own-Password-123');
}

describe('who manages accounts', () => {
  it('only admins create accounts; coordinators, care managers and visitors cannot', async () => {
    for (const c of [coord, careManager, anonymous(server.url)]) {
      const res = await c.post(
        '/api/collections/users/records',
        newAccount(`nobody-${Math.random()}@example.org`),
      );
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
    const res = await su.get<ListBody>(
      `/api/collections/users/records?filter=${encodeURIComponent('email ~ "nobody-"')}`,
    );
    expect(res.body.totalItems).toBe(0);
  });

  it('only admins change another account; nobody changes their own role, districts or flags', async () => {
    const other = careManager.record.id as string;
    expect(
      (await coord.patch(`/api/collections/users/records/${other}`, { role: 'admin' })).status,
    ).toBeGreaterThanOrEqual(400);
    expect(
      (await careManager.patch(`/api/collections/users/records/${other}`, { disabled: true }))
        .status,
    ).toBeGreaterThanOrEqual(400);
    expect(
      (await careManager.patch(`/api/collections/users/records/${other}`, { one_time_login: true }))
        .status,
    ).toBeGreaterThanOrEqual(400);
    const after = await su.get<Rec>(`/api/collections/users/records/${other}`);
    expect(after.body).toMatchObject({
      role: 'care_manager',
      disabled: false,
      one_time_login: false,
    });
  });

  it('an admin cannot disable or demote themself', async () => {
    const me = admin.record.id as string;
    expect(
      (await admin.patch(`/api/collections/users/records/${me}`, { disabled: true })).status,
    ).toBeGreaterThanOrEqual(400);
    expect(
      (await admin.patch(`/api/collections/users/records/${me}`, { role: 'care_manager' })).status,
    ).toBeGreaterThanOrEqual(400);
    const after = await su.get<Rec>(`/api/collections/users/records/${me}`);
    expect(after.body).toMatchObject({ role: 'admin', disabled: false });
  });

  it('admins see every account with its e-mail (for the accounts page)', async () => {
    const res = await admin.get<ListBody<Rec>>('/api/collections/users/records?perPage=100');
    expect(res.status).toBe(200);
    const emails = res.body.items.map((u) => u.email);
    expect(emails).toEqual(
      expect.arrayContaining(['coordinator@example.com', 'caremanager@example.com']),
    );
  });
});

describe('creating a coordinator', () => {
  it('refuses a coordinator without districts, or with a town as a district, naming the field', async () => {
    const none = await admin.post<{ data: Record<string, { message: string }> }>(
      '/api/collections/users/records',
      newAccount('nodistrict@example.org', { districts: [] }),
    );
    expect(none.status).toBe(400);
    expect(none.body.data.districts?.message).toMatch(/at least one district/);
    const town = await admin.post<{ data: Record<string, { message: string }> }>(
      '/api/collections/users/records',
      newAccount('town@example.org', { districts: [townId] }),
    );
    expect(town.status).toBe(400);
    expect(town.body.data.districts?.message).toMatch(/not a district/);
  });

  it('creates one with two districts; the one-time password lets them do nothing but choose a new one', async () => {
    const created = await admin.post<Rec>(
      '/api/collections/users/records',
      newAccount('newcoord@example.org'),
    );
    expect(created.status).toBe(200);
    const id = created.body.id;
    const log = await logEntries(id);
    expect(log.map((l) => l.action)).toEqual(['create']);
    expect(JSON.stringify(log[0]!.changes)).not.toContain('one-time-Pw-1234');

    // Signing in works (so the app can ask for the new password) …
    const fresh = await signIn(server.url, 'newcoord@example.org', 'one-time-Pw-1234');
    expect(fresh.record.one_time_login).toBe(true);
    // … but the token counts as anonymous for staff data and writes.
    expect(await staffContacts(fresh)).toBe(0);
    const write = await fresh.post('/api/collections/councils/records', {
      layer: 2,
      district: districtIds[0],
      name: 'x',
      status: 'preparing',
    });
    expect(write.status).toBeGreaterThanOrEqual(400);
    // The flag cannot be cleared without a new password.
    expect(
      (await fresh.patch(`/api/collections/users/records/${id}`, { one_time_login: false })).status,
    ).toBeGreaterThanOrEqual(400);
    expect((await su.get<Rec>(`/api/collections/users/records/${id}`)).body.one_time_login).toBe(
      true,
    );

    const changed = await fresh.patch<Rec>(`/api/collections/users/records/${id}`, {
      oldPassword: 'one-time-Pw-1234',
      password: 'my-own-password-5678',
      passwordConfirm: 'my-own-password-5678',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.one_time_login).toBe(false);
    // The old token ended with the password change; the new password works and gives staff access.
    expect(await staffContacts(fresh)).toBe(0);
    const again = await signIn(server.url, 'newcoord@example.org', 'my-own-password-5678');
    expect(await staffContacts(again)).toBeGreaterThan(0);
    expect(again.record.districts).toEqual([districtIds[0], districtIds[1]]);
  });
});

describe('resetting a password', () => {
  it('an admin sets a one-time password: the old password and token stop working, the new one forces a change', async () => {
    const target = await freshAccount('reset-me@example.org', 'coordinator');
    const id = target.record.id as string;
    expect(await staffContacts(target)).toBeGreaterThan(0);
    const reset = await admin.patch(`/api/collections/users/records/${id}`, {
      password: 'reset-Once-9876',
      passwordConfirm: 'reset-Once-9876',
      one_time_login: true,
    });
    expect(reset.status).toBe(200);
    expect(await staffContacts(target)).toBe(0);
    await expect(signIn(server.url, 'reset-me@example.org', 'own-Password-123')).rejects.toThrow(
      /400/,
    );
    const once = await signIn(server.url, 'reset-me@example.org', 'reset-Once-9876');
    expect(once.record.one_time_login).toBe(true);
    expect(await staffContacts(once)).toBe(0);
    const log = await logEntries(id);
    expect(log.at(-1)!.changes).toMatchObject({ one_time_login: [false, true] });
    expect(JSON.stringify(log.at(-1)!.changes)).not.toContain('reset-Once-9876');
  });
});

describe('disabling an account', () => {
  it('a disabled account cannot sign in or refresh, and its old token is refused', async () => {
    const cm = await freshAccount('disable-me@example.org', 'care_manager');
    const id = cm.record.id as string;
    expect(await staffContacts(cm)).toBeGreaterThan(0);
    expect(
      (await admin.patch(`/api/collections/users/records/${id}`, { disabled: true })).status,
    ).toBe(200);

    expect(await staffContacts(cm)).toBe(0);
    expect(
      (await cm.post('/api/collections/users/auth-refresh', {})).status,
    ).toBeGreaterThanOrEqual(400);
    await expect(signIn(server.url, 'disable-me@example.org', 'own-Password-123')).rejects.toThrow(
      /403/,
    );
    const log = await logEntries(id);
    expect(log.at(-1)!.changes).toMatchObject({ disabled: [false, true] });

    // Enabled again, the same password signs in.
    expect(
      (await admin.patch(`/api/collections/users/records/${id}`, { disabled: false })).status,
    ).toBe(200);
    const back = await signIn(server.url, 'disable-me@example.org', 'own-Password-123');
    expect(await staffContacts(back)).toBeGreaterThan(0);
  });
});
