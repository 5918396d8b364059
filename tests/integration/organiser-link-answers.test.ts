/**
 * The organiser's answers (issue #16) against a real PocketBase with the demo city, through
 * src/lib/data-access/organiser-links.ts: they land in the district's queue and are accepted
 * from it (a one-tap 「今も同じです」 and changes as a diff), the one-tap auto-confirm setting,
 * what the public snapshots then carry for residents' pages, and no answer's token in _logs or
 * the database files. Issuing, revoking and the limits are in organiser-link-tokens.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { listSuggestionQueue } from '../../src/lib/data-access/coordination';
import {
  acceptOrganiserProposal,
  readOrganiserPlace,
  sendOrganiserAnswer,
} from '../../src/lib/data-access/organiser-links';
import {
  allLogsText,
  anon,
  coord,
  coord2,
  databaseFilesText,
  issued,
  organiserRouteLogs,
  own,
  own2,
  record,
  server,
  su,
  suGateway,
  tokens,
  useOrganiserLinkServer,
  type Rec,
} from './organiser-link-server';

useOrganiserLinkServer();

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

describe('the answers’ tokens', () => {
  it('appear neither in the request logs nor in the database files', async () => {
    await organiserRouteLogs();
    const all = await allLogsText();
    const bytes = databaseFilesText();
    expect(tokens.length).toBeGreaterThan(2);
    for (const token of tokens) {
      expect(all).not.toContain(token);
      for (const b of bytes) expect(b.includes(token)).toBe(false);
    }
  });
});
