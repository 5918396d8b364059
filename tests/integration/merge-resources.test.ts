/**
 * Possible duplicates in the directory (issue #12), against a real PocketBase with the demo
 * city: the "not a duplicate" and merge routes (pb_hooks/merge-resources.pb.js) through
 * src/lib/data-access/resource-merges.ts. Rules: a coordinator only within their districts,
 * care managers never; a refused call changes nothing. A merge fills what the kept record
 * lacks, re-points what pointed at the other, archives it (closed, merged_into) and logs both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/lib/data-access/gateway';
import { listChangeHistory } from '../../src/lib/data-access/change-history';
import {
  listDismissedPairs,
  markNotDuplicate,
  mergeResources,
  possibleDuplicates,
} from '../../src/lib/data-access/resource-merges';
import { startServer, type TestServer } from '../helpers/server';
import {
  placeBody,
  refused as refusedWith,
  signInDemo,
  signInSuperuser,
  type ApiClient,
  type ListBody,
  gatewaysAs,
} from './api';

let server: TestServer;
let su: ApiClient;
let coord: Gateway;
let coord2: Gateway;
let careManager: Gateway;
let keepId: string;
let mergeId: string;
let shortlistId: string;
let contactId: string;
let eventId: string;
type Rec = Record<string, unknown> & { id: string };

/** Expects `p` to fail with a GatewayError and returns its HTTP status. */
async function refused(p: Promise<unknown>): Promise<number> {
  return (await refusedWith(p)).status;
}

/** Everything a merge may touch, to prove a refused one touched nothing. */
async function snapshot(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const c of [
    'resources',
    'resource_contacts',
    'support_events',
    'shortlists',
    'duplicate_dismissals',
    'change_log',
  ]) {
    out[c] = (
      await su.get<ListBody<Rec>>(`/api/collections/${c}/records?perPage=500&sort=id`)
    ).body.items;
  }
  return JSON.stringify(out);
}

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  ({ coord, coord2, careManager } = await gatewaysAs(server.url, 'coord', 'coord2', 'careManager'));
  const district = coord.user!.districtIds[0]!;
  const base = placeBody(district);
  // The same centre twice, 10 m apart under two ids (as a real GSI list has it); only the second has a phone.
  const keep = await su.post<Rec>('/api/collections/resources/records', {
    ...base,
    name: '中央地区市民センター',
    location: { lon: 139.0, lat: 36.32 },
    source: 'gsi',
    source_id: 'A1',
  });
  const merge = await su.post<Rec>('/api/collections/resources/records', {
    ...base,
    name: '中央地区市民センター',
    location: { lon: 139.0, lat: 36.32009 },
    public_phone: '027-321-1234',
    address: '高崎市八島町1',
    source: 'gsi',
    source_id: 'A2',
  });
  keepId = keep.body.id;
  mergeId = merge.body.id;
  contactId = (
    await su.post<Rec>('/api/collections/resource_contacts/records', {
      resource: mergeId,
      person_in_charge: '佐藤',
    })
  ).body.id;
  eventId = (
    await su.post<Rec>('/api/collections/support_events/records', {
      resource: mergeId,
      stage: 'restart',
      happened_on: '2026-04-01 00:00:00.000Z',
      note: '再開の相談',
    })
  ).body.id;
  shortlistId = (
    await su.post<Rec>('/api/collections/shortlists/records', {
      owner: careManager.user!.id,
      label: '山田さん',
      resources: [mergeId, keepId],
    })
  ).body.id;
  expect([keepId, mergeId, contactId, eventId, shortlistId].every(Boolean)).toBe(true);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('possible duplicates: rules', () => {
  it('lists the pair for its coordinator (the importer rules), and the other district and care managers may not act on it', async () => {
    const mine = (await coord.listResources()).filter((r) =>
      coord.user!.districtIds.includes(r.districtId),
    );
    const pairs = possibleDuplicates(mine, await listDismissedPairs(coord));
    expect(pairs.map((p) => [p.first.id, p.second.id, p.reason])).toContainEqual([
      keepId,
      mergeId,
      'same_name',
    ]);
    const before = await snapshot();
    expect(await refused(mergeResources(coord2, keepId, mergeId, ['publicPhone']))).toBe(403);
    expect(await refused(mergeResources(careManager, keepId, mergeId, []))).toBe(403);
    expect(await refused(markNotDuplicate(coord2, keepId, mergeId))).toBe(403);
    expect(await refused(mergeResources(coord, keepId, keepId, []))).toBe(400);
    expect(await refused(mergeResources(coord, keepId, mergeId, ['status' as never]))).toBe(400);
    expect(await snapshot()).toBe(before);
    // Dismissals are written only through the route (which checks districts), never the records API.
    const asCoord2 = await signInDemo(server.url, 'coordinator2@example.com');
    expect(
      (
        await asCoord2.post('/api/collections/duplicate_dismissals/records', {
          resource_a: keepId,
          resource_b: mergeId,
        })
      ).status,
    ).toBe(403);
    expect(await snapshot()).toBe(before);
  });
});

describe('possible duplicates: merge', () => {
  it('fills what the kept record lacks, re-points contacts, events and shortlists, archives the other and logs both', async () => {
    const result = await mergeResources(coord, keepId, mergeId, [
      'publicPhone',
      'address',
      'description',
    ]);
    expect(result.taken.sort()).toEqual(['address', 'public_phone']);
    expect(result.repointed).toEqual({ resource_contacts: 1, support_events: 1, shortlists: 1 });
    const keep = (await su.get<Rec>(`/api/collections/resources/records/${keepId}`)).body;
    expect(keep).toMatchObject({
      public_phone: '027-321-1234',
      address: '高崎市八島町1',
      status: 'active',
      name: '中央地区市民センター',
    });
    const merged = (await su.get<Rec>(`/api/collections/resources/records/${mergeId}`)).body;
    expect(merged).toMatchObject({ status: 'closed', merged_into: keepId });
    expect(String(merged.status_reason)).toContain(keepId);
    expect(
      (await su.get<Rec>(`/api/collections/resource_contacts/records/${contactId}`)).body.resource,
    ).toBe(keepId);
    expect(
      (await su.get<Rec>(`/api/collections/support_events/records/${eventId}`)).body.resource,
    ).toBe(keepId);
    expect(
      (await su.get<Rec>(`/api/collections/shortlists/records/${shortlistId}`)).body.resources,
    ).toEqual([keepId]);
    const keepLog = await listChangeHistory(coord, 'resources', keepId);
    const mergedLog = await listChangeHistory(coord, 'resources', mergeId);
    expect(keepLog[0]).toMatchObject({ actorId: coord.user!.id });
    expect(Object.keys(keepLog[0]!.changes)).toEqual(
      expect.arrayContaining(['public_phone', 'address', 'merge']),
    );
    expect(Object.keys(mergedLog[0]!.changes)).toEqual(
      expect.arrayContaining(['status', 'merged_into', 'merge']),
    );
    // The pair is gone from the list (the merged one is closed), and it cannot be merged twice.
    const mine = (await coord.listResources()).filter((r) =>
      coord.user!.districtIds.includes(r.districtId),
    );
    expect(
      possibleDuplicates(mine, new Set()).some(
        (p) => p.second.id === mergeId || p.first.id === mergeId,
      ),
    ).toBe(false);
    const before = await snapshot();
    expect(await refused(mergeResources(coord, keepId, mergeId, []))).toBe(400);
    expect(await snapshot()).toBe(before);
  });

  it('"not a duplicate" stops a pair being listed', async () => {
    const district = coord.user!.districtIds[0]!;
    const base = placeBody(district, { name: '東公民館' });
    const a = (
      await su.post<Rec>('/api/collections/resources/records', {
        ...base,
        location: { lon: 139.1, lat: 36.3 },
      })
    ).body.id;
    const b = (
      await su.post<Rec>('/api/collections/resources/records', {
        ...base,
        location: { lon: 139.1, lat: 36.3003 },
      })
    ).body.id;
    const list = async () =>
      possibleDuplicates(
        (await coord.listResources()).filter((r) => r.districtId === district),
        await listDismissedPairs(coord),
      );
    expect((await list()).some((p) => p.first.id === a && p.second.id === b)).toBe(true);
    await markNotDuplicate(coord, b, a);
    expect((await list()).some((p) => p.first.id === a || p.second.id === a)).toBe(false);
  });
});
