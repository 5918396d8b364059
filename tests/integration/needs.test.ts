/**
 * Needs without personal data (issue #19 items 1–2) against a real PocketBase with the demo
 * city: the rules of pb_migrations/1734000001_needs.js, the checks and stamps of
 * pb_hooks/needs.pb.js, the gateway src/lib/data-access/needs.ts and the change log. Every
 * refused write is followed by a read showing nothing was saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listChangeHistory } from '../../src/lib/data-access/change-history';
import type { Gateway } from '../../src/lib/data-access/gateway';
import { createNeed, deleteNeed, listNeeds, updateNeed } from '../../src/lib/data-access/needs';
import type { Area } from '../../src/lib/domain/types';
import type { NeedInput } from '../../src/lib/domain/validate-need-input';
import {
  anonymous,
  gatewayAs,
  jstDate,
  refused,
  signInDemo,
  superuserGateway,
  type ApiClient,
  gatewaysAs,
} from './api';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
let su: Gateway;
let coord: Gateway;
let careManager: Gateway;
let cmApi: ApiClient;
let own: Area;
let foreign: Area;
let town: Area;
let typeId: string;

const input = (patch: Partial<NeedInput> = {}): NeedInput => ({
  districtId: own.id,
  serviceTypeId: typeId,
  count: 12,
  countUnit: 'households',
  source: 'survey',
  observedOn: jstDate(-3),
  weekdays: [],
  note: '買い物に困っている世帯（アンケートより）',
  ...patch,
});

const unmet = (patch: Partial<NeedInput> = {}): NeedInput =>
  input({
    source: 'care_manager',
    count: null,
    countUnit: '',
    note: '',
    weekdays: ['tue'],
    ...patch,
  });

const countAll = async () => (await listNeeds(su)).length;

beforeAll(async () => {
  server = await startServer();
  su = await superuserGateway(server);
  ({ coord, careManager } = await gatewaysAs(server.url, 'coord', 'careManager'));
  cmApi = await signInDemo(server.url, 'caremanager@example.com');
  const districts = await su.listAreas({ kind: 'district' });
  own = districts.find((d) => coord.user!.districtIds.includes(d.id))!;
  foreign = districts.find((d) => !coord.user!.districtIds.includes(d.id))!;
  town = (await su.listAreas({ kind: 'town' }))[0]!;
  typeId = (await su.listServiceTypes())[0]!.id;
  expect([own, foreign, town, typeId].every(Boolean)).toBe(true);
});

afterAll(async () => {
  await server?.stop();
});

describe('who reads needs', () => {
  it('anonymous visitors read nothing, even when needs exist', async () => {
    await createNeed(coord, input());
    const res = await anonymous(server.url).get('/api/collections/needs/records');
    expect(res.body.items ?? []).toEqual([]);
    expect(await countAll()).toBeGreaterThan(0);
  });

  it('care managers read them', async () => {
    expect((await listNeeds(careManager)).length).toBe(await countAll());
  });
});

describe('a coordinator records the needs of their districts', () => {
  it('creates, lists newest first, edits and deletes, stamped with the caller and logged', async () => {
    const older = await createNeed(
      coord,
      input({ observedOn: jstDate(-30), count: null, countUnit: '' }),
    );
    const need = await createNeed(coord, input());
    expect(need).toMatchObject({
      districtId: own.id,
      count: 12,
      countUnit: 'households',
      source: 'survey',
      observedOn: jstDate(-3),
      createdBy: coord.user!.id,
    });
    expect(older).toMatchObject({ count: null, countUnit: '' });
    const listed = (await listNeeds(coord, { districtId: own.id })).map((n) => n.id);
    expect(listed.indexOf(need.id)).toBeLessThan(listed.indexOf(older.id));

    const edited = await updateNeed(coord, need.id, input({ count: 15 }));
    expect(edited.count).toBe(15);
    await deleteNeed(coord, older.id);
    expect((await listNeeds(coord)).some((n) => n.id === older.id)).toBe(false);

    const log = await listChangeHistory(su, 'needs', need.id);
    expect(log.map((e) => [e.action, e.actorId])).toEqual([
      ['update', coord.user!.id],
      ['create', coord.user!.id],
    ]);
    expect(log[0]!.changes.count).toEqual([12, 15]);
    const deleted = await listChangeHistory(su, 'needs', older.id);
    expect(deleted.map((e) => e.action)).toEqual(['delete', 'create']);
  });

  it('cannot record a need in another district', async () => {
    const before = await countAll();
    await refused(createNeed(coord, input({ districtId: foreign.id })));
    expect(await countAll()).toBe(before);
  });

  it('cannot move a need to another district', async () => {
    const need = await createNeed(coord, input());
    await refused(updateNeed(coord, need.id, input({ districtId: foreign.id })));
    expect((await listNeeds(su)).find((n) => n.id === need.id)?.districtId).toBe(own.id);
  });

  it('cannot touch the needs of another district', async () => {
    const theirs = await createNeed(su, input({ districtId: foreign.id }));
    await refused(updateNeed(coord, theirs.id, input({ districtId: foreign.id, count: 1 })));
    await refused(deleteNeed(coord, theirs.id));
    expect((await listNeeds(su)).find((n) => n.id === theirs.id)?.count).toBe(12);
  });

  it.each([
    ['a phone number', '連絡は090-1234-5678へ'],
    ['a full-width phone number', '民生委員さん ０２７－３２１－１２３４'],
    ['an e-mail address', '詳細は taro@example.jp'],
  ])('refuses a note with %s, naming the field, and saves nothing', async (_label, note) => {
    const before = await countAll();
    const err = await refused(createNeed(coord, input({ note })));
    expect(err.status).toBe(400);
    expect(Object.keys(err.fieldErrors)).toEqual(['note']);
    expect(err.fieldErrors.note).toMatch(/メモ.*電話番号.*\/ note/);
    expect(await countAll()).toBe(before);
  });

  it('refuses a phone number added to a note by an edit', async () => {
    const need = await createNeed(coord, input());
    const err = await refused(updateNeed(coord, need.id, input({ note: '0273211234' })));
    expect(Object.keys(err.fieldErrors)).toEqual(['note']);
    expect((await listNeeds(su)).find((n) => n.id === need.id)?.note).toBe(input().note);
  });

  it.each<[string, Partial<NeedInput>, string]>([
    ['a town instead of a district (as an admin, whom no rule limits)', {}, 'district'],
    ['a fractional count', { count: 2.5 }, 'count'],
    ['a count without its unit', { countUnit: '' }, 'count_unit'],
    ['a future date', { observedOn: jstDate(2) }, 'observed_on'],
  ])('refuses %s', async (label, patch, field) => {
    const admin = await gatewayAs(server.url, 'admin@example.com');
    const before = await countAll();
    const body = label.startsWith('a town') ? input({ districtId: town.id }) : input(patch);
    const err = await refused(createNeed(admin, body));
    expect(err.status).toBe(400);
    expect(Object.keys(err.fieldErrors)).toEqual([field]);
    expect(await countAll()).toBe(before);
  });

  it('refuses a negative or text count, and a unit without a count, sent past the gateway', async () => {
    const coordApi = await signInDemo(server.url, 'coordinator@example.com');
    const before = await countAll();
    const post = (body: Record<string, unknown>) =>
      coordApi.post('/api/collections/needs/records', {
        district: own.id,
        service_type: typeId,
        source: 'council',
        observed_on: `${jstDate()} 00:00:00.000Z`,
        ...body,
      });
    const noCount = await post({ count: null, count_unit: 'people' });
    expect(noCount.status).toBe(400);
    expect(Object.keys((noCount.body as { data: object }).data)).toEqual(['count_unit']);
    for (const count of [-1, 'several']) {
      const res = await post({ count, count_unit: 'people' });
      expect(res.status).toBe(400);
      expect(Object.keys((res.body as { data: object }).data)).toEqual(['count']);
    }
    expect(await countAll()).toBe(before);
  });
});

describe("a care manager's 「見つからなかった」", () => {
  it('records district, type, weekdays and date, stamped with the caller, and logged', async () => {
    const need = await createNeed(careManager, unmet({ districtId: foreign.id }));
    expect(need).toMatchObject({
      districtId: foreign.id,
      source: 'care_manager',
      count: null,
      countUnit: '',
      note: '',
      weekdays: ['tue'],
      createdBy: careManager.user!.id,
    });
    const log = await listChangeHistory(su, 'needs', need.id);
    expect(log.map((e) => [e.action, e.actorId])).toEqual([['create', careManager.user!.id]]);
  });

  it('ignores another author in the body', async () => {
    const res = await cmApi.post('/api/collections/needs/records', {
      district: own.id,
      service_type: typeId,
      source: 'care_manager',
      observed_on: `${jstDate()} 00:00:00.000Z`,
      created_by: coord.user!.id,
    });
    expect(res.status).toBe(200);
    expect(res.body.created_by).toBe(careManager.user!.id);
  });

  it.each<[string, Partial<NeedInput>, string]>([
    ['a note', { note: '独居で娘さんが遠方' }, 'note'],
    ['a count', { count: 1, countUnit: 'people' }, 'count'],
  ])('cannot add %s about the person', async (_label, patch, field) => {
    const before = await countAll();
    const err = await refused(createNeed(careManager, unmet(patch)));
    expect(err.status).toBe(400);
    expect(Object.keys(err.fieldErrors)).toContain(field);
    expect(await countAll()).toBe(before);
  });

  it('creates nothing but source care_manager, and edits or deletes nothing', async () => {
    const before = await countAll();
    await refused(
      createNeed(careManager, input({ source: 'survey', count: null, countUnit: '', note: '' })),
    );
    expect(await countAll()).toBe(before);
    const theirs = await createNeed(coord, input());
    await refused(updateNeed(careManager, theirs.id, unmet()));
    await refused(deleteNeed(careManager, theirs.id));
    expect((await listNeeds(su)).find((n) => n.id === theirs.id)?.source).toBe('survey');
  });

  it('a coordinator editing it cannot make someone else its author', async () => {
    const need = await createNeed(careManager, unmet());
    const coordApi = await signInDemo(server.url, 'coordinator@example.com');
    const res = await coordApi.patch(`/api/collections/needs/records/${need.id}`, {
      created_by: coord.user!.id,
      weekdays: ['wed'],
    });
    expect(res.status).toBe(200);
    expect(res.body.created_by).toBe(careManager.user!.id);
  });
});
