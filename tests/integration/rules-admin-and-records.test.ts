/**
 * Access rules, proven against a real PocketBase holding the demo city (continued from
 * rules.test.ts): admins, the change log, residents' suggestions, shortlists and settings.
 * Each write attempt that must fail is followed by a read that shows nothing changed.
 */
import { describe, expect, it } from 'vitest';
import { signIn } from './api';
import {
  admin,
  anon,
  careManager,
  coord,
  coord2,
  idOf,
  listAs as list,
  ownAndForeignResource,
  recordAsSuperuser as one,
  server,
  su,
  useStaffServer,
  type Rec,
} from './staff-server';

useStaffServer();

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
