/**
 * The organiser's update link (issue #16) against a real PocketBase with the demo city, through
 * src/lib/data-access/organiser-links.ts, from issue to the end of its life: who may issue,
 * expiry, revocation (one active link per place), a token touches only its own place, the
 * holder sees no private field beyond the place's own contact and the server names a bad field
 * of an answer, the organiser fields cannot be forged, the rate limits (per link, per IP), and
 * no token in _logs or the database files. The answers in the district's queue are in
 * organiser-link-answers.test.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listSuggestionQueue } from '../../src/lib/data-access/coordination';
import {
  getUpdateLink,
  issueUpdateLink,
  listActiveUpdateLinks,
  readOrganiserPlace,
  revokeUpdateLink,
  sendOrganiserAnswer,
  updateLinkUrl,
} from '../../src/lib/data-access/organiser-links';
import { refused } from './api';
import {
  allLogsText,
  anon,
  careManager,
  coord,
  coord2,
  databaseFilesText,
  foreign,
  issued,
  organiserRouteLogs,
  own,
  own2,
  record,
  server,
  su,
  tokens,
  useOrganiserLinkServer,
  type Rec,
} from './organiser-link-server';

useOrganiserLinkServer();

const MARKER = `m${Date.now()}x`;

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
    const logs = await organiserRouteLogs();
    expect(
      logs.filter((l) =>
        String((l.data as Record<string, unknown>).url).includes('/api/sasaeai/organiser/'),
      ).length,
    ).toBeGreaterThan(10);
    const all = await allLogsText();
    expect(all).toContain(MARKER);
    expect(tokens.length).toBeGreaterThan(8);
    for (const token of tokens) expect(all).not.toContain(token);
  });

  it('no token is stored anywhere: the database files (data, logs, their WAL) hold none', () => {
    const bytes = databaseFilesText();
    expect(bytes.length).toBeGreaterThan(1);
    for (const token of tokens) for (const b of bytes) expect(b.includes(token)).toBe(false);
    // the hash is there (so the search can find what is stored)
    expect(
      bytes.some((b) => b.includes(createHash('sha256').update(tokens[0]!).digest('hex'))),
    ).toBe(true);
  });
});
