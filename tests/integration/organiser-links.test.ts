/**
 * The organiser's update link (issue #16) against a real PocketBase with the demo city, through
 * src/lib/data-access/organiser-links.ts: who may issue, expiry, revocation (one active link
 * per place), a token touches only its own place, the holder sees no private field beyond the
 * place's own contact, answers land in the district's queue and are accepted from it, the
 * one-tap auto-confirm setting, the rate limits (per link, per IP), and no token in _logs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSuggestionQueue } from '../../src/lib/data-access/coordination';
import { Gateway } from '../../src/lib/data-access/gateway';
import {
  acceptOrganiserProposal,
  getUpdateLink,
  issueUpdateLink,
  listActiveUpdateLinks,
  readOrganiserPlace,
  revokeUpdateLink,
  sendOrganiserAnswer,
  updateLinkUrl,
} from '../../src/lib/data-access/organiser-links';
import type { Resource } from '../../src/lib/domain/types';
import { startServer, type TestServer } from '../helpers/server';
import { gatewayAs, refused, signInSuperuser, superuserGateway, type ApiClient } from './api';

let server: TestServer;
let su: ApiClient;
let suGateway: Gateway;
let coord: Gateway;
let coord2: Gateway;
let careManager: Gateway;
let anon: Gateway;
let own: Resource;
let own2: Resource;
let foreign: Resource;
/** Every token issued in this file, to look for in the logs at the end. */
const tokens: string[] = [];
const MARKER = `m${Date.now()}x`;

const as = (email: string): Promise<Gateway> => gatewayAs(server.url, email);

async function issued(g: Gateway, resourceId: string, days?: number): Promise<string> {
  const link = await issueUpdateLink(g, resourceId, days);
  tokens.push(link.token);
  return link.token;
}

type Rec = Record<string, unknown> & { id: string };
const record = async (collection: string, id: string): Promise<Rec> =>
  (await su.get<Rec>(`/api/collections/${collection}/records/${id}`)).body;

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
  suGateway = await superuserGateway(server);
  coord = await as('coordinator@example.com');
  coord2 = await as('coordinator2@example.com');
  careManager = await as('caremanager@example.com');
  anon = new Gateway(server.url);
  const all = await suGateway.listResources();
  const mine = coord.user!.districtIds;
  const theirs = coord2.user!.districtIds;
  const active = all.filter((r) => r.status === 'active');
  const ours = active.filter((r) => mine.includes(r.districtId));
  own = ours[0]!;
  own2 = ours[1]!;
  foreign = active.find((r) => theirs.includes(r.districtId) && !mine.includes(r.districtId))!;
  expect(own && own2 && foreign).toBeTruthy();
});

afterAll(async () => {
  await server?.stop();
});

describe('issuing and revoking', () => {
  it('a coordinator issues a 90-day link for a place of their district; only its hash is stored', async () => {
    const link = await issueUpdateLink(coord, own.id);
    tokens.push(link.token);
    expect(link.token).toMatch(/^[A-Za-z0-9]{40}$/);
    const days = (Date.parse(link.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);
    const stored = (
      await su.get<{ items: Rec[] }>(
        `/api/collections/update_links/records?filter=${encodeURIComponent(`resource="${own.id}"`)}`,
      )
    ).body.items;
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(link.token);
    expect(stored[0]!.token_hash).toBe(createHash('sha256').update(link.token).digest('hex'));
    // hidden: staff reading the collection never see even the hash
    const asCoordinator = await coord.pb
      .collection('update_links')
      .getFullList({ filter: `resource="${own.id}"` });
    expect(asCoordinator).toHaveLength(1);
    expect(asCoordinator[0]!.token_hash).toBeUndefined();
    const info = await getUpdateLink(coord, own.id);
    expect(info).toMatchObject({ id: link.id, resourceId: own.id, lastUsedAt: '' });
    expect(JSON.stringify(info)).not.toContain(link.token);
    expect(updateLinkUrl('https://map.example.jp/', link.token)).toBe(
      `https://map.example.jp/update#${link.token}`,
    );
  });

  it('another district’s coordinator, a care manager and a visitor cannot issue, revoke or list a link', async () => {
    expect((await refused(issueUpdateLink(coord2, own.id))).status).toBe(403);
    expect((await refused(issueUpdateLink(careManager, own.id))).status).toBe(403);
    expect((await refused(issueUpdateLink(anon, own.id))).status).toBe(403);
    expect((await refused(revokeUpdateLink(coord2, own.id))).status).toBe(403);
    expect(await getUpdateLink(coord2, own.id)).toBeNull();
    expect((await refused(issueUpdateLink(coord, 'nosuchplace0000'))).status).toBe(404);
    expect((await refused(issueUpdateLink(coord, own.id, 400))).fieldErrors.days).toBeTruthy();
  });

  it('issuing a new link revokes the old one: one active link per place', async () => {
    const first = await issued(coord, own2.id);
    await readOrganiserPlace(anon, first);
    const second = await issued(coord, own2.id);
    const err = await refused(readOrganiserPlace(anon, first));
    expect(err.status).toBe(410);
    expect(err.fieldErrors.token).toMatch(/replaced|withdrawn/);
    expect((await readOrganiserPlace(anon, second)).name).toBe(own2.name);
    const active = (
      await su.get<{ items: Rec[] }>(
        `/api/collections/update_links/records?filter=${encodeURIComponent(`resource="${own2.id}" && revoked_at=""`)}`,
      )
    ).body.items;
    expect(active).toHaveLength(1);
  });

  it('lists the active links of several places at once (what issuing again would replace)', async () => {
    // own and own2 hold one active link each from the tests above; foreign holds none
    const links = await listActiveUpdateLinks(coord, [own.id, own2.id, foreign.id]);
    expect(links.map((l) => l.resourceId).sort()).toEqual([own.id, own2.id].sort());
    expect(await listActiveUpdateLinks(coord, [])).toEqual([]);
    // more ids than one request names: the rest are still read
    const many = [
      ...Array.from({ length: 45 }, (_, i) => `nosuchplace${String(i).padStart(4, '0')}`),
      own.id,
    ];
    expect((await listActiveUpdateLinks(coord, many)).map((l) => l.resourceId)).toEqual([own.id]);
    // another district's coordinator sees none of them
    expect(await listActiveUpdateLinks(coord2, [own.id, own2.id])).toEqual([]);
  });

  it('a revoked link and an expired link stop working; an unknown token is not found', async () => {
    const token = await issued(coord, own2.id);
    expect(await revokeUpdateLink(coord, own2.id)).toBe(1);
    expect((await refused(readOrganiserPlace(anon, token))).status).toBe(410);
    expect((await refused(sendOrganiserAnswer(anon, token, { stillSame: true }))).status).toBe(410);

    const expiring = await issueUpdateLink(coord, own2.id, 1);
    tokens.push(expiring.token);
    await su.patch(`/api/collections/update_links/records/${expiring.id}`, {
      expires_at: '2020-01-01 00:00:00.000Z',
    });
    const err = await refused(readOrganiserPlace(anon, expiring.token));
    expect(err.status).toBe(410);
    expect(err.fieldErrors.token).toMatch(/expired/);
    expect((await refused(readOrganiserPlace(anon, 'x'.repeat(40)))).status).toBe(404);
    expect((await refused(readOrganiserPlace(anon, ''))).status).toBe(400);
  });
});

describe('the holder of a link', () => {
  it('sees the place’s public details and its own contact, and no other private field', async () => {
    const token = await issued(coord, own.id);
    const contacts = (
      await su.get<{ items: Rec[] }>(
        `/api/collections/resource_contacts/records?filter=${encodeURIComponent(`resource="${own.id}"`)}`,
      )
    ).body.items;
    const place = await readOrganiserPlace(anon, token);
    expect(Object.keys(place).sort()).toEqual(
      [
        'name',
        'kind',
        'districtName',
        'address',
        'schedule',
        'cost',
        'publicPhone',
        'status',
        'statusReason',
        'acceptingNewcomers',
        'capacity',
        'capacityAvailable',
        'capacityUpdatedAt',
        'lastVerifiedAt',
        'verificationMethod',
        'contact',
        'expiresAt',
        'pendingSince',
      ].sort(),
    );
    expect(Object.keys(place.contact).sort()).toEqual(['directPhone', 'personInCharge']);
    expect(place.contact.directPhone).toBe(String(contacts[0]?.direct_phone ?? ''));
    const text = JSON.stringify(place);
    for (const c of contacts) {
      if (c.email) expect(text).not.toContain(String(c.email));
      if (c.notes) expect(text).not.toContain(String(c.notes));
    }
    const raw = await record('resources', own.id);
    expect(text).not.toContain(String(raw.id));
    if (raw.verified_by) expect(text).not.toContain(String(raw.verified_by));
  });

  it('a token touches only its own place: naming another place is refused and changes nothing', async () => {
    const token = await issued(coord, own.id);
    const before = await record('resources', foreign.id);
    const openBefore = (await listSuggestionQueue(coord2)).length;
    const res = await fetch(`${server.url}/api/sasaeai/organiser/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, resource: foreign.id, stillSame: true }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { data: Record<string, unknown> }).data.resource).toBeTruthy();
    const viaPlace = await fetch(`${server.url}/api/sasaeai/organiser/place`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, resource: foreign.id }),
    });
    expect(viaPlace.status).toBe(400);
    expect(await record('resources', foreign.id)).toEqual(before);
    expect((await listSuggestionQueue(coord2)).length).toBe(openBefore);
  });
});

describe('the organiser fields cannot be forged', () => {
  it('a resident’s suggestion naming origin, proposed or update_link is refused by field', async () => {
    const res = await fetch(`${server.url}/api/collections/suggestions/records`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        resource: own.id,
        topic: 'other',
        message: '今も同じです、と主催者です',
        origin: 'organiser',
        proposed: { kind: 'still_same' },
      }),
    });
    expect(res.status).toBe(400);
    const data = ((await res.json()) as { data: Record<string, unknown> }).data;
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['origin', 'proposed']));
  });
});

describe('answers in the district’s queue', () => {
  it('“still the same” waits for the coordinator, who accepts it: confirmed with method organiser', async () => {
    const token = await issued(coord, own.id);
    const before = await record('resources', own.id);
    const sent = await sendOrganiserAnswer(anon, token, { stillSame: true });
    expect(sent.status).toBe('open');
    expect(await record('resources', own.id)).toEqual(before);
    expect((await listSuggestionQueue(coord2)).some((s) => s.id === sent.id)).toBe(false);
    const queued = (await listSuggestionQueue(coord)).find((s) => s.id === sent.id)!;
    expect(queued.proposal).toEqual({ kind: 'still_same', note: '' });
    expect(queued.proposalRows).toEqual([]);
    expect((await readOrganiserPlace(anon, token)).pendingSince).not.toBe('');
    await acceptOrganiserProposal(coord, queued, queued.proposal!);
    const after = await record('resources', own.id);
    expect(after.verification_method).toBe('organiser');
    expect(after.verified_by).toBe(coord.user!.id);
    expect(Date.now() - Date.parse(String(after.last_verified_at).replace(' ', 'T'))).toBeLessThan(
      60_000,
    );
    expect((await record('suggestions', sent.id)).status).toBe('accepted');
  });

  it('changes arrive as a diff; accepting writes them with the capacity’s own “as of” date', async () => {
    const token = await issued(coord, own.id);
    const sent = await sendOrganiserAnswer(anon, token, {
      changes: {
        publicPhone: '027-999-0000',
        status: 'paused',
        statusReason: '会場の改修中',
        acceptingNewcomers: 'no',
        capacity: 15,
        capacityAvailable: 0,
        scheduleText: '4月から第1・第3水曜 10時〜12時',
      },
      note: '4月から再開します',
    });
    const queued = (await listSuggestionQueue(coord)).find((s) => s.id === sent.id)!;
    expect(queued.proposalRows.map((r) => r.field)).toEqual(
      expect.arrayContaining([
        'schedule',
        'publicPhone',
        'status',
        'acceptingNewcomers',
        'capacity',
        'capacityAvailable',
      ]),
    );
    expect(queued.proposalRows.find((r) => r.field === 'publicPhone')).toMatchObject({
      before: own.publicPhone,
      after: '027-999-0000',
      applies: true,
    });
    expect(queued.proposalRows.find((r) => r.field === 'schedule')?.applies).toBe(false);
    expect((await record('resources', own.id)).public_phone).toBe(own.publicPhone);
    await acceptOrganiserProposal(coord, queued, queued.proposal!);
    const after = await record('resources', own.id);
    expect(after).toMatchObject({
      public_phone: '027-999-0000',
      status: 'paused',
      status_reason: '会場の改修中',
      accepting_newcomers: 'no',
      capacity: 15,
      capacity_available: 0,
    });
    expect(
      Date.now() - Date.parse(String(after.capacity_updated_at).replace(' ', 'T')),
    ).toBeLessThan(60_000);
  });

  it('the server names a bad field and stores nothing', async () => {
    const token = await issued(coord, own2.id);
    const count = (await listSuggestionQueue(coord)).length;
    expect(
      (await refused(sendOrganiserAnswer(anon, token, { changes: { publicPhone: 'call me' } })))
        .fieldErrors['changes.publicPhone'],
    ).toBeTruthy();
    expect(
      (await refused(sendOrganiserAnswer(anon, token, { changes: { capacity: -1 } }))).fieldErrors[
        'changes.capacity'
      ],
    ).toBeTruthy();
    expect(
      (await refused(sendOrganiserAnswer(anon, token, { changes: {} }))).fieldErrors.changes,
    ).toBeTruthy();
    expect((await listSuggestionQueue(coord)).length).toBe(count);
  });

  it('with the site’s auto-confirm on, a one-tap answer confirms the place at once', async () => {
    const site = (await su.get<{ items: Rec[] }>('/api/collections/site/records')).body.items[0]!;
    await su.patch(`/api/collections/site/records/${site.id}`, { organiser_auto_confirm: true });
    try {
      const token = await issued(coord, own2.id);
      const sent = await sendOrganiserAnswer(anon, token, { stillSame: true });
      expect(sent.status).toBe('accepted');
      const after = await record('resources', own2.id);
      expect(after.verification_method).toBe('organiser');
      expect(after.verified_by).toBe('');
      expect(
        Date.now() - Date.parse(String(after.last_verified_at).replace(' ', 'T')),
      ).toBeLessThan(60_000);
      const log = (
        await su.get<{ items: Rec[] }>(
          `/api/collections/change_log/records?sort=-created&filter=${encodeURIComponent(`record_id="${own2.id}"`)}`,
        )
      ).body.items[0]!;
      expect(log.actor_label).toBe('organiser_link');
      // changes still wait for a coordinator
      expect((await sendOrganiserAnswer(anon, token, { changes: { capacity: 12 } })).status).toBe(
        'open',
      );
    } finally {
      await su.patch(`/api/collections/site/records/${site.id}`, { organiser_auto_confirm: false });
    }
  });
});

describe('rate limits and logs', () => {
  it('one link sends at most 5 answers a day', async () => {
    const link = await issueUpdateLink(coord, own2.id);
    tokens.push(link.token);
    // four answers already today (stored directly: the per-IP limit is tested below)
    for (let i = 0; i < 4; i++) {
      await su.post('/api/collections/suggestions/records', {
        resource: own2.id,
        district: own2.districtId,
        topic: 'other',
        message: '主催者より：今も同じです。',
        origin: 'organiser',
        update_link: link.id,
        status: 'open',
      });
    }
    expect((await sendOrganiserAnswer(anon, link.token, { stillSame: true })).status).toBe('open');
    const err = await refused(sendOrganiserAnswer(anon, link.token, { stillSame: true }));
    expect(err.status).toBe(429);
    expect(err.fieldErrors.token).toMatch(/enough answers/);
  });

  it('one client IP makes at most 30 requests a minute to the organiser routes', async () => {
    let status = 0;
    for (let i = 0; i < 40 && status !== 429; i++) {
      // the first URL carries a marker the log test below must find (it can see URLs)
      const res = await fetch(
        `${server.url}/api/sasaeai/organiser/place${i === 0 ? `?marker=${MARKER}` : ''}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token: `guess${i}`.padEnd(40, 'x') }),
        },
      );
      status = res.status;
    }
    expect(status).toBe(429);
  });

  it('no token appears in the request logs', async () => {
    // PocketBase writes its logs in batches, 3 s after the last one
    let logs: Rec[] = [];
    for (let i = 0; i < 30; i++) {
      logs = (
        await su.get<{ items: Rec[] }>(
          '/api/logs?perPage=1000&filter=' + encodeURIComponent("data.url ~ '/api/sasaeai/'"),
        )
      ).body.items;
      if (
        logs.some((l) =>
          String((l.data as Record<string, unknown>).url).includes('/api/sasaeai/organiser/answer'),
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(
      logs.filter((l) =>
        String((l.data as Record<string, unknown>).url).includes('/api/sasaeai/organiser/'),
      ).length,
    ).toBeGreaterThan(10);
    const all = JSON.stringify(
      (await su.get<{ items: Rec[] }>('/api/logs?perPage=1000')).body.items,
    );
    expect(all).toContain(MARKER);
    expect(tokens.length).toBeGreaterThan(8);
    for (const token of tokens) expect(all).not.toContain(token);
  });

  it('no token is stored anywhere: the database files (data, logs, their WAL) hold none', () => {
    const files = ['data.db', 'data.db-wal', 'auxiliary.db', 'auxiliary.db-wal']
      .map((f) => join(server.dataDir, f))
      .filter((f) => existsSync(f));
    expect(files.length).toBeGreaterThan(1);
    const bytes = files.map((f) => readFileSync(f).toString('latin1'));
    for (const token of tokens) for (const b of bytes) expect(b.includes(token)).toBe(false);
    // the hash is there (so the search can find what is stored)
    expect(
      bytes.some((b) => b.includes(createHash('sha256').update(tokens[0]!).digest('hex'))),
    ).toBe(true);
  });
});

describe('the public snapshots carry what residents’ pages need', () => {
  it('when and how each place was confirmed, its capacity answer and the site’s staleness months', async () => {
    const site = (await su.get<{ items: Rec[] }>('/api/collections/site/records')).body.items[0]!;
    await su.patch(`/api/collections/site/records/${site.id}`, { stale_notice_months: 18 });
    const publicSite = (await (await fetch(`${server.url}/api/public/site`)).json()) as {
      items: Rec[];
    };
    expect(publicSite.items[0]).toMatchObject({
      stale_notice_months: 18,
      stale_flag_months: 0,
      stale_hide_months: 0,
    });
    const confirmed = (await suGateway.listResources()).find(
      (r) => r.verificationMethod === 'organiser' && r.isPublic && r.status === 'active',
    )!;
    const pub = (await (
      await fetch(`${server.url}/api/public/resources/${confirmed.id}`)
    ).json()) as Rec;
    expect(pub.verification_method).toBe('organiser');
    expect(String(pub.last_verified_at)).not.toBe('');
    expect(Object.keys(pub)).toEqual(
      expect.arrayContaining([
        'capacity',
        'capacity_available',
        'capacity_updated_at',
        'accepting_newcomers',
      ]),
    );
    expect(pub.verified_by).toBeUndefined();
  });
});
