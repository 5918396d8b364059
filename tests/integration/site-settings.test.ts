/**
 * Site settings in the database (issue #11): only admins edit the site record and the backup
 * schedule; walking distance and pace are checked with a message naming the field; an uploaded
 * PMTiles basemap is served with HTTP range requests; each change is in the change log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, signInStaff, signInSuperuser, type ApiClient, type ListBody } from './api';
import { BACKUP_LIMITS, WALK_LIMITS } from '../../src/lib/domain/site-settings';

let server: TestServer;
let su: ApiClient;
let admin: ApiClient;
let coord: ApiClient;
let careManager: ApiClient;
let siteId: string;

type Rec = Record<string, unknown> & { id: string };
type ErrorBody = { message: string; data: Record<string, { message: string }> };

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  ({ admin, coord, careManager } = await signInStaff(server.url, 'admin', 'coord', 'careManager'));
  siteId = (await anonymous(server.url).get<ListBody<Rec>>('/api/collections/site/records')).body
    .items[0]!.id;
});

afterAll(async () => {
  await server?.stop();
});

describe('backup schedule route', () => {
  it('is refused to visitors, coordinators and care managers, for reading and writing', async () => {
    for (const c of [anonymous(server.url), coord, careManager]) {
      expect((await c.get('/api/sasaeai/backup-settings')).status).toBe(403);
      const put = await fetch(`${server.url}/api/sasaeai/backup-settings`, {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          ...(c.token ? { Authorization: c.token } : {}),
        },
        body: JSON.stringify({ daily: true, hourJst: 3, keep: 5 }),
      });
      expect(put.status).toBe(403);
    }
    const settings = await su.get<{ backups: { cron: string } }>('/api/settings');
    expect(settings.body.backups.cron).toBe('');
  });

  async function put(body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${server.url}/api/sasaeai/backup-settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: admin.token },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it('lets an admin turn on a daily backup at an hour (Japan time) with a retention count, logged', async () => {
    const keepBefore = (await su.get<{ backups: { cronMaxKeep: number } }>('/api/settings')).body
      .backups.cronMaxKeep;
    const res = await put({ daily: true, hourJst: 3, keep: 5 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ daily: true, hourJst: 3, keep: 5, mailEnabled: false });
    const settings = await su.get<{ backups: { cron: string; cronMaxKeep: number } }>(
      '/api/settings',
    );
    // 03:00 JST is 18:00 UTC (PocketBase's cron runs in UTC).
    expect(settings.body.backups).toMatchObject({ cron: '0 18 * * *', cronMaxKeep: 5 });
    const read = await admin.get('/api/sasaeai/backup-settings');
    expect(read.body).toMatchObject({ daily: true, hourJst: 3, keep: 5 });
    const log = await su.get<ListBody<Rec>>(
      `/api/collections/change_log/records?filter=${encodeURIComponent('collection_name = "settings" && record_id = "backups"')}`,
    );
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({
      action: 'update',
      actor: admin.record.id,
      changes: { cron: ['', '0 18 * * *'], cronMaxKeep: [keepBefore, 5] },
    });
  });

  it('refuses a bad value naming the field, and keeps the schedule', async () => {
    const bad = await put({ daily: true, hourJst: 3, keep: BACKUP_LIMITS.keep.max + 1 });
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).data.keep?.message).toMatch(
      /number of backups to keep \(keep\) must be a whole number from 1 to 100/,
    );
    const hour = await put({ daily: true, hourJst: 24, keep: 5 });
    expect((hour.body as ErrorBody).data.hourJst?.message).toMatch(/backup hour \(hourJst\)/);
    const settings = await su.get<{ backups: { cron: string; cronMaxKeep: number } }>(
      '/api/settings',
    );
    expect(settings.body.backups).toMatchObject({ cron: '0 18 * * *', cronMaxKeep: 5 });
  });

  it('turns the daily backup off', async () => {
    const res = await put({ daily: false, hourJst: 3, keep: 5 });
    expect(res.body).toMatchObject({ daily: false });
    expect((await su.get<{ backups: { cron: string } }>('/api/settings')).body.backups.cron).toBe(
      '',
    );
  });
});

describe('site record', () => {
  it('only admins change it', async () => {
    for (const c of [anonymous(server.url), coord, careManager]) {
      expect(
        (await c.patch(`/api/collections/site/records/${siteId}`, { walk_m: 500 })).status,
      ).toBeGreaterThanOrEqual(400);
    }
    expect((await su.get<Rec>(`/api/collections/site/records/${siteId}`)).body.walk_m).toBe(0);
  });

  it('takes a walking distance and pace within their ranges and refuses others naming the field', async () => {
    const low = await admin.patch<ErrorBody>(`/api/collections/site/records/${siteId}`, {
      walk_m: WALK_LIMITS.walkM.min - 1,
    });
    expect(low.status).toBe(400);
    expect(low.body.data.walk_m?.message).toMatch(
      /walking distance \(walk_m\) must be a whole number of metres from 100 to 3000/,
    );
    const fast = await admin.patch<ErrorBody>(`/api/collections/site/records/${siteId}`, {
      walk_m_per_min: WALK_LIMITS.walkMPerMin.max + 1,
    });
    expect(fast.status).toBe(400);
    expect(fast.body.data.walk_m_per_min?.message).toMatch(
      /walking pace \(walk_m_per_min\) must be a whole number of metres per minute from 30 to 100/,
    );
    const ok = await admin.patch<Rec>(`/api/collections/site/records/${siteId}`, {
      walk_m: 1000,
      walk_m_per_min: 40,
      contact_phone: '027-000-0000',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ walk_m: 1000, walk_m_per_min: 40 });
    const log = await su.get<ListBody<Rec>>(
      `/api/collections/change_log/records?sort=-created&filter=${encodeURIComponent(`collection_name = "site" && record_id = "${siteId}"`)}`,
    );
    expect(log.body.items[0]!.changes).toMatchObject({
      walk_m: [0, 1000],
      walk_m_per_min: [0, 40],
    });
  });

  it('refuses the PMTiles basemap without a file', async () => {
    const res = await admin.patch<ErrorBody>(`/api/collections/site/records/${siteId}`, {
      basemap: 'pmtiles',
    });
    expect(res.status).toBe(400);
    expect(res.body.data.basemap_pmtiles?.message).toMatch(/needs a file \(basemap_pmtiles\)/);
  });

  it('stores an uploaded PMTiles file and serves it with HTTP range requests', async () => {
    // A stand-in file: the header magic, then counting bytes, so a range's content is checkable.
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    bytes.set(new TextEncoder().encode('PMTiles'), 0);
    const form = new FormData();
    form.set('basemap', 'pmtiles');
    form.set(
      'basemap_pmtiles',
      new Blob([bytes], { type: 'application/octet-stream' }),
      'city.pmtiles',
    );
    const res = await fetch(`${server.url}/api/collections/site/records/${siteId}`, {
      method: 'PATCH',
      headers: { Authorization: admin.token },
      body: form,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const site = (await res.json()) as Rec;
    expect(site.basemap).toBe('pmtiles');
    const url = `${server.url}/api/files/site/${siteId}/${String(site.basemap_pmtiles)}`;
    const range = await fetch(url, { headers: { Range: 'bytes=100000-100009' } });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toBe(`bytes 100000-100009/${bytes.length}`);
    expect([...new Uint8Array(await range.arrayBuffer())]).toEqual([
      ...bytes.subarray(100000, 100010),
    ]);

    const notPmtiles = new FormData();
    notPmtiles.set('basemap_pmtiles', new Blob([bytes]), 'city.zip');
    const bad = await fetch(`${server.url}/api/collections/site/records/${siteId}`, {
      method: 'PATCH',
      headers: { Authorization: admin.token },
      body: notPmtiles,
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).data.basemap_pmtiles?.message).toMatch(
      /\.pmtiles file/,
    );
  });
});
