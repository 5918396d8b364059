/**
 * Shortlists through the real data-access module against a real PocketBase: the owner keeps
 * them; another care manager, a coordinator and anonymous visitors cannot read or change them.
 * Private contacts: staff see them, anonymous visitors never do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gateway, GatewayError } from '../../src/lib/data-access/gateway';
import {
  createShortlist,
  deleteShortlist,
  getShortlist,
  listShortlists,
  updateShortlist,
} from '../../src/lib/data-access/shortlists';
import type { ShortlistSnapshot } from '../../src/lib/domain/shortlist-snapshot';
import { startServer, type TestServer } from '../helpers/server';
import { scheduleOf } from '../../src/lib/domain/__fixtures__/schedule-of';
import { superuserGateway, gatewayAs } from './api';

let server: TestServer;
let owner: Gateway;
let otherCareManager: Gateway;
let coordinator: Gateway;
let anon: Gateway;

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (err) {
    if (err instanceof GatewayError) return err.status;
    throw err;
  }
}

beforeAll(async () => {
  server = await startServer();
  const su = await superuserGateway(server);
  await su.pb.collection('users').create({
    email: 'caremanager-b@example.com',
    password: 'another-pass-123',
    passwordConfirm: 'another-pass-123',
    name: '別のケアマネ',
    role: 'care_manager',
    verified: true,
  });
  owner = await gatewayAs(server.url, 'caremanager@example.com');
  otherCareManager = new Gateway(server.url);
  await otherCareManager.login('caremanager-b@example.com', 'another-pass-123');
  coordinator = await gatewayAs(server.url, 'coordinator@example.com');
  anon = new Gateway(server.url);
});

afterAll(async () => {
  await server?.stop();
});

describe('shortlists', () => {
  it('lets a care manager create, reorder, annotate and delete their own list', async () => {
    const resources = (await owner.listResources()).slice(0, 3).map((r) => r.id);
    const list = await createShortlist(owner, '  Aさん 10月更新分  ', resources.slice(0, 2));
    expect(list.label).toBe('Aさん 10月更新分');
    expect(list.ownerId).toBe(owner.user!.id);
    expect(list.resourceIds).toEqual(resources.slice(0, 2));

    const reordered = [resources[2]!, resources[0]!];
    const updated = await updateShortlist(owner, list.id, {
      resourceIds: reordered,
      notes: { [resources[2]!]: '火曜の午前が合う' },
    });
    expect(updated.resourceIds).toEqual(reordered);
    expect((await getShortlist(owner, list.id)).notes).toEqual({
      [resources[2]!]: '火曜の午前が合う',
    });
    expect((await listShortlists(owner)).map((s) => s.id)).toContain(list.id);

    await deleteShortlist(owner, list.id);
    expect(await status(getShortlist(owner, list.id))).toBe(404);
  });

  it('keeps a list private: another care manager, a coordinator and anonymous cannot read or change it', async () => {
    const list = await createShortlist(owner, 'Bさん');
    for (const other of [otherCareManager, coordinator, anon]) {
      expect(await status(getShortlist(other, list.id))).toBe(404);
      expect((await listShortlists(other)).map((s) => s.id)).not.toContain(list.id);
      expect(await status(updateShortlist(other, list.id, { label: '乗っ取り' }))).toBe(404);
      expect(await status(deleteShortlist(other, list.id))).toBe(404);
    }
    // Raw list request as the other care manager: the rule filters, it does not leak.
    const raw = await otherCareManager.pb.collection('shortlists').getFullList();
    expect(raw.map((r) => r.id)).not.toContain(list.id);
    expect((await getShortlist(owner, list.id)).label).toBe('Bさん');
  });

  it("keeps the office and each entry's added-record; too long an office is refused, naming the field", async () => {
    const list = await createShortlist(owner, 'Cさん', [], {
      office: ' 居宅介護支援事業所 みどり ',
      officePhone: '027-000-1111',
    });
    expect([list.office, list.officePhone, list.added]).toEqual([
      '居宅介護支援事業所 みどり',
      '027-000-1111',
      {},
    ]);
    const snapshot: ShortlistSnapshot = {
      name: '柳町サロン',
      kind: 'gathering_place',
      status: 'active',
      address: '',
      publicPhone: '',
      schedule: scheduleOf(),
      cost: { amountYen: null, unit: 'per_visit', note: '' },
      eligibility: null,
      booking: null,
    };
    const saved = await updateShortlist(owner, list.id, {
      added: { r1: { at: '2026-10-01T09:00:00.000Z', snapshot } },
    });
    expect((await getShortlist(owner, list.id)).added).toEqual({
      r1: { at: '2026-10-01T09:00:00.000Z', snapshot },
    });
    expect(saved.office).toBe('居宅介護支援事業所 みどり');
    await expect(updateShortlist(owner, list.id, { office: 'あ'.repeat(201) })).rejects.toThrow(
      /office is longer than 200/,
    );
    // The server holds the same limit for clients that skip the module.
    await expect(
      owner.pb.collection('shortlists').update(list.id, { office_phone: '0'.repeat(41) }),
    ).rejects.toMatchObject({ status: 400 });
    expect((await getShortlist(owner, list.id)).officePhone).toBe('027-000-1111');
  });

  it('refuses an empty label and anonymous creation with a clear error', async () => {
    await expect(createShortlist(owner, '   ')).rejects.toThrow(/label is required/);
    await expect(createShortlist(anon, 'x')).rejects.toThrow(/sign in/);
  });
});

describe('private contacts', () => {
  it('are listed for care managers and coordinators, never for anonymous visitors', async () => {
    expect((await owner.listContacts()).length).toBeGreaterThan(0);
    expect((await coordinator.listContacts()).length).toBeGreaterThan(0);
    expect(await anon.listContacts()).toEqual([]);
    const someResource = (await owner.listContacts())[0]!.resourceId;
    expect(await anon.listContacts({ resourceId: someResource })).toEqual([]);
  });
});
