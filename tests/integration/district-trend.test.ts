/**
 * The public confirmed-share trend of a district (pb_hooks/district-trend.pb.js, issue #16
 * item 5): anyone may read it, it carries only {month, share}, it is rebuilt from the
 * staff-only change log (a confirmation today moves this month and leaves the months before
 * it as the log says they were), and private places never move it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, type ApiClient, type ListBody, signInSuperuser } from './api';

let server: TestServer;
let su: ApiClient;
let guest: ApiClient;

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  guest = anonymous(server.url);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

type Point = { month: string; share: number | null };
type Rec = Record<string, unknown> & { id: string };

async function trend(districtId: string): Promise<Point[]> {
  const res = await guest.get<{ items: Point[] }>(`/api/sasaeai/trend/district/${districtId}`);
  expect(res.status).toBe(200);
  return res.body.items;
}

async function publicPlaces(districtId: string): Promise<Rec[]> {
  const filter = encodeURIComponent(`district = "${districtId}" && is_public = true`);
  const res = await su.get<ListBody<Rec>>(
    `/api/collections/resources/records?perPage=500&filter=${filter}`,
  );
  return res.body.items;
}

/** The share a district's public places have now: confirmed within 12 months over all not closed. */
function shareNow(places: Rec[], now = new Date()): number {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - 12);
  const counted = places.filter((r) => r.status !== 'closed');
  const confirmed = counted.filter((r) => {
    const t = Date.parse(String(r.last_verified_at || '').replace(' ', 'T'));
    return Number.isFinite(t) && t >= since.getTime();
  });
  return confirmed.length / counted.length;
}

describe('GET /api/sasaeai/trend/district/{id}', () => {
  let districtId = '';
  let place: Rec;

  beforeAll(async () => {
    const districts = await su.get<ListBody<Rec>>(
      '/api/collections/areas/records?perPage=200&filter=' +
        encodeURIComponent('kind = "district"'),
    );
    for (const d of districts.body.items) {
      const places = (await publicPlaces(d.id)).filter((r) => r.status === 'active');
      if (places.length >= 2) {
        districtId = d.id;
        place = places[0]!;
        break;
      }
    }
    expect(districtId).not.toBe('');
  });

  it('gives anyone twelve months of {month, share} and nothing else', async () => {
    const res = await fetch(`${server.url}/api/sasaeai/trend/district/${districtId}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['items']);
    const items = body.items as Record<string, unknown>[];
    expect(items).toHaveLength(12);
    for (const p of items) {
      expect(Object.keys(p).sort()).toEqual(['month', 'share']);
      expect(p.month).toMatch(/^\d{4}-\d{2}$/);
    }
    // no record id, user, actor or field name from the change log anywhere in the answer
    expect(text).not.toContain(place.id);
    for (const word of ['actor', 'record_id', 'last_verified_at', 'verified_by', '@'])
      expect(text).not.toContain(word);
    expect(items.at(-1)!.month).toBe(new Date().toISOString().slice(0, 7));
  });

  it("this month's share is the public places' share now", async () => {
    const points = await trend(districtId);
    expect(points.at(-1)!.share).toBeCloseTo(shareNow(await publicPlaces(districtId)), 9);
  });

  it('rebuilds the months before from the change log: a confirmation today moves only this month', async () => {
    const old = new Date(Date.UTC(new Date().getUTCFullYear() - 3, 0, 15)).toISOString();
    expect(
      (await su.patch(`/api/collections/resources/records/${place.id}`, { last_verified_at: old }))
        .status,
    ).toBe(200);
    const before = await trend(districtId);
    const total = (await publicPlaces(districtId)).filter((r) => r.status !== 'closed').length;

    const now = new Date().toISOString();
    expect(
      (await su.patch(`/api/collections/resources/records/${place.id}`, { last_verified_at: now }))
        .status,
    ).toBe(200);
    const after = await trend(districtId);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)!.share! - before.at(-1)!.share!).toBeCloseTo(1 / total, 9);
  });

  it('a private place confirmed today does not move it', async () => {
    const before = await trend(districtId);
    const created = await su.post<Rec>('/api/collections/resources/records', {
      kind: 'gathering_place',
      name: 'trend test private place',
      district: districtId,
      status: 'active',
      is_public: false,
      last_verified_at: new Date().toISOString(),
    });
    expect(created.status).toBe(200);
    expect(await trend(districtId)).toEqual(before);
  });

  it('answers 404 for an id that names no district', async () => {
    const towns = await su.get<ListBody<Rec>>(
      '/api/collections/areas/records?perPage=1&filter=' + encodeURIComponent('kind = "town"'),
    );
    for (const id of [towns.body.items[0]!.id, 'nosuchid']) {
      expect((await guest.get(`/api/sasaeai/trend/district/${id}`)).status).toBe(404);
    }
  });
});
