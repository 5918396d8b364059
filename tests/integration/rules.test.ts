/**
 * Access rules, proven against a real PocketBase holding the demo city.
 * Each write attempt that must fail is followed by a read that shows nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, signIn, signInStaff, signInSuperuser } from './api';
import type { ApiClient, ListBody } from './api';

let server: TestServer;
let anon: ApiClient;
let su: ApiClient;
let admin: ApiClient;
let coord: ApiClient;
let coord2: ApiClient;
let careManager: ApiClient;

type Rec = Record<string, unknown> & { id: string };

const q = (filter: string) => `?perPage=500&filter=${encodeURIComponent(filter)}`;

async function list(c: ApiClient, collection: string, filter = ''): Promise<ListBody<Rec>> {
  const res = await c.get<ListBody<Rec>>(
    `/api/collections/${collection}/records${filter ? q(filter) : '?perPage=500'}`,
  );
  expect(res.status).toBe(200);
  return res.body;
}

async function one(collection: string, id: string): Promise<Rec> {
  const res = await su.get<Rec>(`/api/collections/${collection}/records/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}

beforeAll(async () => {
  server = await startServer();
  anon = anonymous(server.url);
  su = await signInSuperuser(server);
  ({ admin, coord, coord2, careManager } = await signInStaff(server.url));
});

afterAll(async () => {
  await server?.stop();
});

function ownDistricts(c: ApiClient): string[] {
  return c.record.districts as string[];
}

function idOf(c: ApiClient): string {
  return c.record.id as string;
}

/** A resource in one of `c`'s districts, and one outside all of them. */
async function ownAndForeignResource(c: ApiClient): Promise<{ own: Rec; foreign: Rec }> {
  const all = (await list(su, 'resources')).items;
  const mine = ownDistricts(c);
  const own = all.find((r) => mine.includes(r.district as string));
  const foreign = all.find((r) => !mine.includes(r.district as string));
  if (!own || !foreign)
    throw new Error('demo data lacks own/foreign resources for this coordinator');
  return { own, foreign };
}

async function foreignDistrictId(c: ApiClient): Promise<string> {
  const districts = (await list(su, 'areas', 'kind = "district"')).items;
  const d = districts.find((x) => !ownDistricts(c).includes(x.id));
  if (!d) throw new Error('no foreign district');
  return d.id;
}

describe('anonymous visitors', () => {
  it('read nothing from resource_contacts, though contacts exist', async () => {
    const asAnon = await list(anon, 'resource_contacts');
    expect(asAnon.items).toEqual([]);
    expect(asAnon.totalItems).toBe(0);
    const asSu = await list(su, 'resource_contacts');
    expect(asSu.totalItems).toBeGreaterThan(100);
    const byId = await anon.get(`/api/collections/resource_contacts/records/${asSu.items[0]!.id}`);
    expect(byId.status).toBe(404);
  });

  it('see exactly the public active resources', async () => {
    const visible = await list(anon, 'resources');
    const expected = await list(su, 'resources', 'is_public = true && status = "active"');
    expect(visible.totalItems).toBe(expected.totalItems);
    expect(visible.items.every((r) => r.is_public === true && r.status === 'active')).toBe(true);
    const hidden = await list(su, 'resources', 'status = "paused" || is_public = false');
    expect(hidden.totalItems).toBeGreaterThan(0);
    const res = await anon.get(`/api/collections/resources/records/${hidden.items[0]!.id}`);
    expect(res.status).toBe(404);
  });

  it('read areas, the taxonomy, councils and meetings', async () => {
    expect((await list(anon, 'areas', 'kind = "district"')).totalItems).toBeGreaterThanOrEqual(15);
    expect((await list(anon, 'service_types')).totalItems).toBeGreaterThanOrEqual(15);
    expect((await list(anon, 'councils')).totalItems).toBeGreaterThanOrEqual(15);
    expect((await list(anon, 'council_meetings')).totalItems).toBeGreaterThan(0);
  });

  it('write nothing', async () => {
    const resource = (await list(anon, 'resources')).items[0]!;
    const district = (await list(anon, 'areas', 'kind = "district"')).items[0]!;
    const attempts = [
      anon.post('/api/collections/resources/records', {
        kind: 'gathering_place',
        name: 'いたずら',
        district: district.id,
        status: 'active',
      }),
      anon.patch(`/api/collections/resources/records/${resource.id}`, { name: 'いたずら' }),
      anon.del(`/api/collections/resources/records/${resource.id}`),
      anon.patch(`/api/collections/areas/records/${district.id}`, { name: 'いたずら' }),
      anon.post('/api/collections/councils/records', {
        layer: 2,
        name: 'x',
        status: 'preparing',
        district: district.id,
      }),
      anon.post('/api/collections/service_types/records', {
        code: 'x',
        name_ja: 'x',
        name_en: 'x',
        group: 'other',
      }),
      anon.post('/api/collections/organizations/records', { name: 'x', type: 'other' }),
      anon.post('/api/collections/users/records', {
        email: 'intruder@example.com',
        password: 'intruder-pass',
        passwordConfirm: 'intruder-pass',
        role: 'admin',
      }),
    ];
    for (const res of await Promise.all(attempts))
      expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
    expect((await one('resources', resource.id)).name).toBe(resource.name);
    expect((await one('areas', district.id)).name).toBe(district.name);
    expect((await list(su, 'users', 'email = "intruder@example.com"')).totalItems).toBe(0);
    expect((await list(anon, 'change_log')).totalItems).toBe(0);
  });
});

describe('care managers', () => {
  it('read private contacts and non-public resources', async () => {
    expect((await list(careManager, 'resource_contacts')).totalItems).toBe(
      (await list(su, 'resource_contacts')).totalItems,
    );
    expect((await list(careManager, 'resources')).totalItems).toBe(
      (await list(su, 'resources')).totalItems,
    );
  });

  it('cannot write resources or councils', async () => {
    const resource = (await list(su, 'resources')).items[0]!;
    const res = await careManager.patch(`/api/collections/resources/records/${resource.id}`, {
      name: '書き換え',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const created = await careManager.post('/api/collections/resources/records', {
      kind: 'gathering_place',
      name: '書き換え',
      district: resource.district,
      status: 'active',
    });
    expect(created.status).toBeGreaterThanOrEqual(400);
    expect((await one('resources', resource.id)).name).toBe(resource.name);
  });
});

describe('coordinators', () => {
  it('create resources in their own districts only', async () => {
    const mine = ownDistricts(coord)[0]!;
    const ok = await coord.post<Rec>('/api/collections/resources/records', {
      kind: 'gathering_place',
      name: '新しいサロン（テスト）',
      district: mine,
      status: 'planned',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const foreign = await foreignDistrictId(coord);
    const refused = await coord.post('/api/collections/resources/records', {
      kind: 'gathering_place',
      name: 'よその地区のサロン（テスト）',
      district: foreign,
      status: 'planned',
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect((await list(su, 'resources', 'name = "よその地区のサロン（テスト）"')).totalItems).toBe(
      0,
    );
  });

  it('update resources in their own districts, not in others', async () => {
    const { own, foreign } = await ownAndForeignResource(coord);
    const ok = await coord.patch(`/api/collections/resources/records/${own.id}`, {
      status_reason: '確認済み（テスト）',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const refused = await coord.patch(`/api/collections/resources/records/${foreign.id}`, {
      name: '乗っ取り',
    });
    expect(refused.status).toBe(404);
    expect((await one('resources', foreign.id)).name).toBe(foreign.name);
  });

  it('cannot move a record into another district', async () => {
    const { own } = await ownAndForeignResource(coord);
    const foreign = await foreignDistrictId(coord);
    const res = await coord.patch(`/api/collections/resources/records/${own.id}`, {
      district: foreign,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect((await one('resources', own.id)).district).toBe(own.district);
  });

  it('cannot record someone else as the verifier', async () => {
    const { own } = await ownAndForeignResource(coord);
    const before = await one('resources', own.id);
    const forged = await coord.patch(`/api/collections/resources/records/${own.id}`, {
      last_verified_at: '2026-11-01 09:00:00.000Z',
      verified_by: coord2.record.id,
    });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    const after = await one('resources', own.id);
    expect(after.verified_by).toBe(before.verified_by);
    expect(after.last_verified_at).toBe(before.last_verified_at);
    const honest = await coord.patch(`/api/collections/resources/records/${own.id}`, {
      last_verified_at: '2026-11-01 09:00:00.000Z',
      verified_by: coord.record.id,
      verification_method: 'phone',
    });
    expect(honest.status, JSON.stringify(honest.body)).toBe(200);
  });

  it('edit private contacts only in their own districts', async () => {
    const { own, foreign } = await ownAndForeignResource(coord);
    const contacts = (await list(su, 'resource_contacts')).items;
    const ownContact = contacts.find((c) => c.resource === own.id);
    const foreignContact = contacts.find((c) => c.resource === foreign.id);
    if (ownContact) {
      const ok = await coord.patch(`/api/collections/resource_contacts/records/${ownContact.id}`, {
        notes: 'テスト',
      });
      expect(ok.status).toBe(200);
    }
    expect(foreignContact).toBeDefined();
    const refused = await coord.patch(
      `/api/collections/resource_contacts/records/${foreignContact!.id}`,
      { notes: '乗っ取り' },
    );
    expect(refused.status).toBe(404);
  });

  it('update their own district council, not another one or the city council', async () => {
    const councils = (await list(su, 'councils')).items;
    const mine = councils.find(
      (c) => c.layer === 2 && ownDistricts(coord).includes(c.district as string),
    );
    const theirs = councils.find(
      (c) => c.layer === 2 && !ownDistricts(coord).includes(c.district as string),
    );
    const city = councils.find((c) => c.layer === 1);
    expect(mine && theirs && city).toBeTruthy();
    expect(
      (await coord.patch(`/api/collections/councils/records/${mine!.id}`, { notes: 'テスト' }))
        .status,
    ).toBe(200);
    expect(
      (await coord.patch(`/api/collections/councils/records/${theirs!.id}`, { vision: '乗っ取り' }))
        .status,
    ).toBe(404);
    expect(
      (await coord.patch(`/api/collections/councils/records/${city!.id}`, { vision: '乗っ取り' }))
        .status,
    ).toBe(404);
    expect((await one('councils', theirs!.id)).vision).toBe(theirs!.vision);
  });
});

describe('users', () => {
  it('nobody changes their own role or districts', async () => {
    const foreign = await foreignDistrictId(coord);
    const role = await coord.patch(`/api/collections/users/records/${coord.record.id}`, {
      role: 'admin',
    });
    expect(role.status).toBeGreaterThanOrEqual(400);
    const districts = await coord.patch(`/api/collections/users/records/${coord.record.id}`, {
      districts: [...ownDistricts(coord), foreign],
    });
    expect(districts.status).toBeGreaterThanOrEqual(400);
    const adminSelf = await admin.patch(`/api/collections/users/records/${admin.record.id}`, {
      role: 'care_manager',
    });
    expect(adminSelf.status).toBeGreaterThanOrEqual(400);
    const after = await one('users', idOf(coord));
    expect(after.role).toBe('coordinator');
    expect(after.districts).toEqual(ownDistricts(coord));
    expect((await one('users', idOf(admin))).role).toBe('admin');
    const name = await coord.patch(`/api/collections/users/records/${coord.record.id}`, {
      name: '名前を変更',
    });
    expect(name.status).toBe(200);
  });

  it('admins manage other users', async () => {
    const created = await admin.post<Rec>('/api/collections/users/records', {
      email: 'new-cm@example.com',
      password: 'new-cm-password',
      passwordConfirm: 'new-cm-password',
      role: 'care_manager',
      name: '新しいケアマネ',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const foreign = await foreignDistrictId(coord2);
    const res = await admin.patch(`/api/collections/users/records/${coord2.record.id}`, {
      districts: [...ownDistricts(coord2), foreign],
    });
    expect(res.status).toBe(200);
    expect((await one('users', idOf(coord2))).districts).toContain(foreign);
  });
});

describe('admins', () => {
  it('write in any district', async () => {
    const { foreign } = await ownAndForeignResource(coord);
    const res = await admin.patch(`/api/collections/resources/records/${foreign.id}`, {
      status_reason: '管理者が確認',
    });
    expect(res.status).toBe(200);
  });
});

describe('change log', () => {
  it('records who changed which field of a record, readable by coordinators only', async () => {
    const { own } = await ownAndForeignResource(coord);
    const res = await coord.patch(`/api/collections/resources/records/${own.id}`, {
      name: `${own.name as string}（改称）`,
    });
    expect(res.status).toBe(200);
    const entries = (
      await list(coord, 'change_log', `record_id = "${own.id}" && action = "update"`)
    ).items;
    const entry = entries.find((e) => (e.changes as Record<string, unknown>).name);
    expect(entry).toBeDefined();
    expect(entry!.actor).toBe(coord.record.id);
    expect(entry!.collection_name).toBe('resources');
    expect((entry!.changes as Record<string, unknown[]>).name).toEqual([
      own.name,
      `${own.name as string}（改称）`,
    ]);
    expect((await list(careManager, 'change_log')).totalItems).toBe(0);
  });

  it('never records passwords', async () => {
    const entries = (await list(su, 'change_log', 'collection_name = "users"')).items;
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(JSON.stringify(e.changes)).not.toMatch(/password|tokenKey/);
  });
});

describe('residents’ suggestions', () => {
  it('anyone may post one; it reaches the district coordinator only and edits nothing', async () => {
    const { own } = await ownAndForeignResource(coord);
    const target =
      own.is_public && own.status === 'active'
        ? own
        : (await list(anon, 'resources', `district = "${own.district as string}"`)).items[0]!;
    const res = await anon.post<Rec>('/api/collections/suggestions/records', {
      resource: target.id,
      topic: 'schedule',
      message: '第3水曜日もやっています。',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const stored = await one('suggestions', res.body.id);
    expect(stored.status).toBe('open');
    expect(stored.district).toBe(target.district);
    expect((await list(anon, 'suggestions')).totalItems).toBe(0);
    expect((await list(coord, 'suggestions', `id = "${res.body.id}"`)).totalItems).toBe(1);
    // coord2's districts may have been changed by an admin above: read them from the server.
    const coord2Districts = (await one('users', idOf(coord2))).districts as string[];
    expect((await list(coord2, 'suggestions', `id = "${res.body.id}"`)).totalItems).toBe(
      coord2Districts.includes(target.district as string) ? 1 : 0,
    );
    const forged = await anon.post('/api/collections/suggestions/records', {
      resource: target.id,
      topic: 'other',
      message: '承認済みにしたい',
      status: 'accepted',
    });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    const empty = await anon.post('/api/collections/suggestions/records', {
      resource: target.id,
      topic: 'other',
      message: ' ',
    });
    expect(empty.status).toBe(400);
  });
});

describe('shortlists', () => {
  it('are private to their owner', async () => {
    const resources = (await list(su, 'resources')).items.slice(0, 2).map((r) => r.id);
    const created = await careManager.post<Rec>('/api/collections/shortlists/records', {
      owner: careManager.record.id,
      label: 'Aさん（テスト）',
      resources,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const made = await admin.post('/api/collections/users/records', {
      email: 'second-cm@example.com',
      password: 'second-cm-password',
      passwordConfirm: 'second-cm-password',
      role: 'care_manager',
    });
    expect(made.status).toBe(200);
    const otherCareManager = await signIn(
      server.url,
      'second-cm@example.com',
      'second-cm-password',
    );
    const viewers = [otherCareManager, coord, anon];
    for (const v of viewers) {
      expect((await v.get(`/api/collections/shortlists/records/${created.body.id}`)).status).toBe(
        404,
      );
      expect((await list(v, 'shortlists')).totalItems).toBe(0);
    }
    const forged = await coord.post('/api/collections/shortlists/records', {
      owner: careManager.record.id,
      label: '偽装',
    });
    expect(forged.status).toBeGreaterThanOrEqual(400);
  });
});

describe('settings', () => {
  it('have rate limiting and the batch API on', async () => {
    const res = await su.get<{ rateLimits: { enabled: boolean }; batch: { enabled: boolean } }>(
      '/api/settings',
    );
    expect(res.body.rateLimits.enabled).toBe(true);
    expect(res.body.batch.enabled).toBe(true);
  });
});
