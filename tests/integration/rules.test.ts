/**
 * Access rules, proven against a real PocketBase holding the demo city.
 * Each write attempt that must fail is followed by a read that shows nothing changed.
 */
import { describe, expect, it } from 'vitest';
import {
  admin,
  anon,
  careManager,
  coord,
  coord2,
  districtsOf as ownDistricts,
  foreignDistrictId,
  idOf,
  listAs as list,
  ownAndForeignResource,
  recordAsSuperuser as one,
  su,
  useStaffServer,
  type Rec,
} from './staff-server';

useStaffServer();

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
