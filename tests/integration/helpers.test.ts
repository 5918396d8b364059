/**
 * Helpers (担い手, issue #19 item 4) against a real PocketBase holding the demo city: who may
 * list, view, create, update and delete a helper (only admins and the coordinators of one of
 * the helper's districts read one), the hook's checks (consent, contact, no contact details in
 * the notes, districts only), the consent stamp, and the counts route. Privacy of the change
 * log, exports and deletion: helpers-privacy.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, signIn, signInStaff, signInSuperuser } from './api';
import type { ApiClient, ListBody } from './api';

type Rec = Record<string, unknown> & { id: string };

let server: TestServer;
let su: ApiClient;
let admin: ApiClient;
let coord: ApiClient;
let coord2: ApiClient;
let careManager: ApiClient;
let anon: ApiClient;
let disabledCoord: ApiClient;
let ownDistrict: string;
let foreignDistrict: string;
let town: string;
let types: string[];
let helper: Rec;

const BASE = '/api/collections/helpers/records';
const districtsOf = (c: ApiClient) => c.record.districts as string[];

function body(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '支援 花子',
    name_kana: 'しえん はなこ',
    phone: '090-1111-2222',
    email: 'hanako@example.jp',
    postal_address: '',
    service_types: [types[0]],
    districts: [ownDistrict],
    weekdays: ['tue', 'thu'],
    availability_note: '午前中なら',
    course_completed_on: '2025-11-01',
    consent_on: '2026-01-10',
    consent_purpose: '地域の支え合い活動の紹介のため',
    note: '買い物の付き添いの経験あり',
    status: 'active',
    ...overrides,
  };
}

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  ({ admin, coord, coord2, careManager } = await signInStaff(server.url));
  anon = anonymous(server.url);
  // A coordinator of the district whose account an admin then disabled: the token it still
  // holds counts as anonymous (the nearest to a "public" account: every account has a role).
  const created = await admin.post<Rec>('/api/collections/users/records', {
    email: 'disabled-coordinator@example.org',
    password: 'Disabled-Pw-1234',
    passwordConfirm: 'Disabled-Pw-1234',
    name: '停止中の調整役',
    role: 'coordinator',
    districts: districtsOf(coord),
    one_time_login: false,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  disabledCoord = await signIn(server.url, 'disabled-coordinator@example.org', 'Disabled-Pw-1234');
  const disabled = await admin.patch(`/api/collections/users/records/${created.body.id}`, {
    disabled: true,
  });
  expect(disabled.status).toBe(200);
  ownDistrict = districtsOf(coord)[0]!;
  const areas = await su.get<ListBody<Rec>>(
    `/api/collections/areas/records?perPage=500&filter=${encodeURIComponent('kind="district" || kind="town"')}`,
  );
  const taken = new Set([...districtsOf(coord), ...districtsOf(coord2)]);
  foreignDistrict = areas.body.items.find((a) => a.kind === 'district' && !taken.has(a.id))!.id;
  town = areas.body.items.find((a) => a.kind === 'town')!.id;
  const st = await su.get<ListBody<Rec>>('/api/collections/service_types/records?perPage=100');
  types = st.body.items.map((t) => t.id);
  const res = await coord.post<Rec>(BASE, body({ consent_recorded_by: admin.record.id }));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  helper = res.body;
});

afterAll(async () => {
  await server?.stop();
});

describe('who reads a helper', () => {
  it('is the coordinator of the district and admins only', async () => {
    for (const c of [coord, admin]) {
      expect((await c.get<ListBody<Rec>>(BASE)).body.items.map((h) => h.id)).toContain(helper.id);
      expect((await c.get<Rec>(`${BASE}/${helper.id}`)).body.name).toBe('支援 花子');
    }
    for (const c of [anon, disabledCoord, careManager, coord2]) {
      const list = await c.get<ListBody<Rec>>(BASE);
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([]);
      expect((await c.get(`${BASE}/${helper.id}`)).status).toBe(404);
    }
  });

  it('cannot be reached through a join from a public collection', async () => {
    const filter = encodeURIComponent('helpers_via_districts.name ~ "花子"');
    for (const c of [anon, careManager, coord2, coord]) {
      const res = await c.get(`/api/collections/areas/records?filter=${filter}`);
      expect(res.status).toBe(400);
    }
  });
});

describe('who writes a helper', () => {
  it('refuses updates and deletes by everybody but the district coordinator and admins', async () => {
    for (const c of [anon, disabledCoord, careManager, coord2]) {
      expect((await c.patch(`${BASE}/${helper.id}`, { name: '書き換え' })).status).toBe(404);
      expect((await c.del(`${BASE}/${helper.id}`)).status).toBe(404);
    }
    const still = await su.get<Rec>(`${BASE}/${helper.id}`);
    expect(still.body.name).toBe('支援 花子');
    expect((await coord.patch(`${BASE}/${helper.id}`, { status: 'paused' })).status).toBe(200);
    expect((await admin.patch(`${BASE}/${helper.id}`, { status: 'active' })).status).toBe(200);
  });

  it('lets only a coordinator of every district in the body, or an admin, create one', async () => {
    for (const c of [anon, disabledCoord, careManager]) {
      const res = await c.post(BASE, body());
      expect([400, 403]).toContain(res.status);
    }
    // the create rule refuses these (400) before the hook would (403)
    expect([400, 403]).toContain((await coord2.post(BASE, body())).status);
    for (const districts of [[ownDistrict, foreignDistrict], [foreignDistrict]])
      expect([400, 403]).toContain((await coord.post(BASE, body({ districts }))).status);
    const byAdmin = await admin.post<Rec>(BASE, body({ districts: [foreignDistrict] }));
    expect(byAdmin.status).toBe(200);
    const names = (await su.get<ListBody<Rec>>(`${BASE}?perPage=100`)).body.items;
    expect(names.filter((h) => h.name === '支援 花子')).toHaveLength(2);
    await su.del(`${BASE}/${byAdmin.body.id}`);
  });

  it('keeps a coordinator from adding or removing another district', async () => {
    const res = await coord.patch(`${BASE}/${helper.id}`, {
      districts: [ownDistrict, foreignDistrict],
    });
    expect(res.status).toBe(403);
    const added = await admin.patch<Rec>(`${BASE}/${helper.id}`, {
      districts: [ownDistrict, foreignDistrict],
    });
    expect(added.status).toBe(200);
    expect((await coord.patch(`${BASE}/${helper.id}`, { districts: [ownDistrict] })).status).toBe(
      403,
    );
    await admin.patch(`${BASE}/${helper.id}`, { districts: [ownDistrict] });
  });
});

describe('the hook', () => {
  it('stamps the consent recorder, whatever the body says, and again when consent changes', async () => {
    expect(helper.consent_recorded_by).toBe(coord.record.id);
    const kept = await admin.patch<Rec>(`${BASE}/${helper.id}`, {
      note: '話し相手も可',
      consent_recorded_by: admin.record.id,
    });
    expect(kept.body.consent_recorded_by).toBe(coord.record.id);
    const renewed = await admin.patch<Rec>(`${BASE}/${helper.id}`, { consent_on: '2026-02-01' });
    expect(renewed.body.consent_recorded_by).toBe(admin.record.id);
  });

  it.each([
    ['consent_on', { consent_on: '' }],
    ['consent_on', { consent_on: '2999-01-01' }],
    ['consent_purpose', { consent_purpose: '  ' }],
    ['phone', { phone: '', email: '', postal_address: '' }],
    ['phone', { phone: '090-abcd-1234' }],
    ['email', { email: 'not-an-address' }],
    ['note', { note: '娘さん 080-2222-3333 に連絡' }],
    ['note', { note: '連絡は ｍｉｋｉ＠ｅｘａｍｐｌｅ．ｊｐ' }],
    ['availability_note', { availability_note: '夜は 027-321-1234 へ' }],
    ['course_completed_on', { course_completed_on: '2999-01-01' }],
    ['districts', { districts: [] }],
    ['service_types', { service_types: [] }],
  ])('refuses a create with a bad %s', async (field, overrides) => {
    // an admin, so that the create rule (a coordinator's districts) does not answer first
    const res = await admin.post<{ data: Record<string, unknown> }>(BASE, body(overrides));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.data)).toContain(field);
  });

  it('refuses a town in place of a district (admin too)', async () => {
    const res = await admin.post<{ data: Record<string, unknown> }>(
      BASE,
      body({ districts: [town] }),
    );
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.data)).toContain('districts');
  });

  it('accepts a helper reached by post only', async () => {
    const res = await coord.post<Rec>(
      BASE,
      body({ phone: '', email: '', postal_address: 'さくら野市本町1-2-3' }),
    );
    expect(res.status).toBe(200);
    await coord.del(`${BASE}/${res.body.id}`);
  });
});

describe('GET /api/sasaeai/helper-counts', () => {
  const COUNTS = '/api/sasaeai/helper-counts';
  interface Cell {
    district: string;
    service_type: string;
    count: number | null;
    fewerThan?: number;
  }
  const cell = (cells: Cell[], d: string, t: string) =>
    cells.find((c) => c.district === d && c.service_type === t);

  it('counts active helpers per district and type; exact for staff, 「3人未満」 for the public', async () => {
    // ownDistrict × types[0]: the first helper plus one more (2); × types[1]: three (3);
    // a paused helper counts nowhere.
    const made: string[] = [];
    const add = async (o: Record<string, unknown>) => {
      const res = await coord.post<Rec>(BASE, body(o));
      expect(res.status).toBe(200);
      made.push(res.body.id);
    };
    await add({ name: 'A' });
    for (const name of ['B', 'C', 'D']) await add({ name, service_types: [types[1]] });
    await add({ name: 'E', service_types: [types[2]], status: 'paused' });

    for (const c of [admin, coord, coord2, careManager]) {
      const res = await c.get<{ exact: boolean; cells: Cell[] }>(COUNTS);
      expect(res.status).toBe(200);
      expect(res.body.exact).toBe(true);
      expect(cell(res.body.cells, ownDistrict, types[0]!)?.count).toBe(2);
      expect(cell(res.body.cells, ownDistrict, types[1]!)?.count).toBe(3);
      expect(cell(res.body.cells, ownDistrict, types[2]!)).toBeUndefined();
    }
    for (const c of [anon, disabledCoord]) {
      const res = await c.get<{ exact: boolean; minimumShown: number; cells: Cell[] }>(COUNTS);
      expect(res.status).toBe(200);
      expect(res.body.exact).toBe(false);
      expect(res.body.minimumShown).toBe(3);
      expect(cell(res.body.cells, ownDistrict, types[0]!)).toEqual({
        district: ownDistrict,
        service_type: types[0],
        count: null,
        fewerThan: 3,
      });
      expect(cell(res.body.cells, ownDistrict, types[1]!)?.count).toBe(3);
      // counts only: no helper's id, name or contact in the answer
      expect(JSON.stringify(res.body)).not.toMatch(/花子|090-1111|example\.jp/);
    }
    for (const id of made) await coord.del(`${BASE}/${id}`);
  });
});
