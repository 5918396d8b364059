/**
 * Coordinators keeping the directory true (issue #6), against a real PocketBase with the demo
 * city: editing through src/lib/data-access/coordination.ts, the server checks in
 * pb_hooks/coordination.pb.js, confirmations, support events, the suggestion queue and the
 * change history. Every refused write is followed by a read showing nothing changed.
 * (The plain access rules are in rules.test.ts; this file does not repeat them.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gateway, GatewayError } from '../../src/lib/data-access/gateway';
import { listChangeHistory } from '../../src/lib/data-access/change-history';
import {
  acceptSuggestion,
  addCouncilMeeting,
  confirmResource,
  declineSuggestion,
  listSuggestionQueue,
  saveCouncil,
  saveResource,
} from '../../src/lib/data-access/coordination';
import { addSupportEvent, listSupportEvents } from '../../src/lib/data-access/support-events';
import { validateCouncilInput } from '../../src/lib/domain/validate-council-input';
import { validateMeetingInput } from '../../src/lib/domain/validate-meeting-input';
import type { Resource, Schedule } from '../../src/lib/domain/types';
import { startServer, type TestServer } from '../helpers/server';
import { gatewaysAs, refused, superuserGateway } from './api';

let server: TestServer;
let su: Gateway;
let coord: Gateway;
let coord2: Gateway;
let careManager: Gateway;
let anon: Gateway;
let own: Resource;
let foreign: Resource;

const secondAndFourthWednesday: Schedule = {
  rules: [{ type: 'monthly_nth', weekdays: ['wed'], nth: [2, 4], start: '10:00', end: '12:00' }],
  closedOnPublicHolidays: true,
  closedPeriods: [],
  closedDates: [],
  note: '',
};

beforeAll(async () => {
  server = await startServer();
  su = await superuserGateway(server);
  ({ coord, coord2, careManager } = await gatewaysAs(server.url, 'coord', 'coord2', 'careManager'));
  anon = new Gateway(server.url);
  const all = await su.listResources();
  const mine = coord.user!.districtIds;
  const others = new Set([...mine, ...coord2.user!.districtIds]);
  own = all.find(
    (r) =>
      mine.includes(r.districtId) &&
      r.isPublic &&
      r.status === 'active' &&
      r.kind === 'gathering_place',
  )!;
  foreign = all.find((r) => !others.has(r.districtId) && r.status === 'active')!;
  expect(own && foreign).toBeTruthy();
});

afterAll(async () => {
  await server?.stop();
});

describe('editing resources', () => {
  it('a coordinator changes a schedule in their district, and the change log names them and the field', async () => {
    const saved = await saveResource(coord, { schedule: secondAndFourthWednesday }, own.id);
    expect(saved.schedule.rules).toEqual(secondAndFourthWednesday.rules);
    const history = await listChangeHistory(coord, 'resources', own.id);
    expect(history[0]?.actorId).toBe(coord.user!.id);
    expect(Object.keys(history[0]!.changes)).toEqual(['schedule']);
    own = saved;
  });

  it('a coordinator creates a resource in their own district only', async () => {
    const input = {
      kind: 'gathering_place' as const,
      name: '新しいサロン',
      districtId: coord.user!.districtIds[0]!,
      status: 'planned' as const,
      schedule: secondAndFourthWednesday,
      isPublic: false,
    };
    const created = await saveResource(coord, input);
    expect(created.districtId).toBe(input.districtId);
    const err = await refused(saveResource(coord, { ...input, districtId: foreign.districtId }));
    expect(err.status).toBe(400);
    expect((await su.listResources()).filter((r) => r.name === '新しいサロン')).toHaveLength(1);
  });

  it('a coordinator cannot move a record into another district, nor edit one there', async () => {
    await refused(saveResource(coord, { districtId: foreign.districtId, name: '移動' }, own.id));
    await refused(saveResource(coord, { name: 'よその地区' }, foreign.id));
    await refused(saveResource(coord2, { name: 'よその地区' }, own.id));
    expect((await su.getResource(own.id)).districtId).toBe(own.districtId);
    expect((await su.getResource(own.id)).name).toBe(own.name);
    expect((await su.getResource(foreign.id)).name).toBe(foreign.name);
  });

  it('refuses bad input by field and saves nothing of the request', async () => {
    const cases: [Partial<Resource>, string][] = [
      [
        {
          schedule: {
            ...secondAndFourthWednesday,
            rules: [{ type: 'weekly', weekdays: ['wed'], start: '12:00', end: '10:00' }],
          },
        },
        'schedule',
      ],
      [{ publicPhone: '0270-00-12ab' }, 'publicPhone'],
      [{ location: [150, 20] }, 'location'],
      [{ status: 'paused' }, 'statusReason'],
    ];
    for (const [bad, field] of cases) {
      const err = await refused(saveResource(coord, { name: '途中まで保存？', ...bad }, own.id));
      expect(err.status).toBe(400);
      expect(Object.keys(err.fieldErrors)).toContain(field);
    }
    const after = await su.getResource(own.id);
    expect(after.name).toBe(own.name);
    expect(after.status).toBe('active');
    expect(after.publicPhone).toBe(own.publicPhone);
  });

  it('a status change with a reason is saved and logged', async () => {
    const saved = await saveResource(
      coord,
      { status: 'paused', statusReason: '会場の改修のため' },
      own.id,
    );
    expect([saved.status, saved.statusReason]).toEqual(['paused', '会場の改修のため']);
    const back = await saveResource(
      coord,
      { status: 'active', statusReason: '改修が終わり再開' },
      own.id,
    );
    expect(back.status).toBe('active');
    const history = await listChangeHistory(coord, 'resources', own.id);
    expect(history[0]?.changes.status).toEqual(['paused', 'active']);
  });

  it('care managers read only', async () => {
    await refused(saveResource(careManager, { name: 'ケアマネが編集' }, own.id));
    await refused(confirmResource(careManager, own.id, 'phone'));
    expect(await listChangeHistory(careManager, 'resources', own.id)).toEqual([]);
    expect((await su.getResource(own.id)).name).toBe(own.name);
  });
});

describe('places free (capacity_available)', () => {
  it('a coordinator sets places free or unknown; the server dates each changed answer and refuses a non-count', async () => {
    const before = Date.now();
    const saved = await saveResource(coord, { capacityAvailable: 3 }, own.id);
    expect(saved.capacityAvailable).toBe(3);
    const asOf = Date.parse(saved.capacityUpdatedAt!);
    expect(asOf).toBeGreaterThanOrEqual(before - 1000);
    // saving another field keeps the answer's date
    const again = await saveResource(coord, { capacityAvailable: 3, description: 'x' }, own.id);
    expect(again.capacityUpdatedAt).toBe(saved.capacityUpdatedAt);
    // 0 is "full", not unknown
    expect((await saveResource(coord, { capacityAvailable: 0 }, own.id)).capacityAvailable).toBe(0);
    const err = await refused(saveResource(coord, { capacityAvailable: -1 }, own.id));
    expect(err.status).toBe(400);
    expect(err.fieldErrors.capacityAvailable).toBeTruthy();
    expect((await refused(saveResource(coord, { capacityAvailable: 1.5 }, own.id))).status).toBe(
      400,
    );
    const unknown = await saveResource(coord, { capacityAvailable: null }, own.id);
    expect(unknown.capacityAvailable).toBeNull();
  });
});

describe('confirmed today', () => {
  it('records who, how and when; the server stamps the caller and its own clock', async () => {
    const before = Date.now();
    const confirmed = await confirmResource(coord, own.id, 'visit');
    expect(confirmed.verifiedById).toBe(coord.user!.id);
    expect(confirmed.verificationMethod).toBe('visit');
    expect(Date.parse(confirmed.lastVerifiedAt)).toBeGreaterThanOrEqual(before - 5000);
  });

  it('a crafted request cannot set verified_by to someone else, nor back-date the confirmation', async () => {
    const other = coord2.user!.id;
    const crafted = await refused(
      coord.pb
        .collection('resources')
        .update(own.id, { verified_by: other, last_verified_at: '2026-11-01 00:00:00Z' })
        .catch((e) => {
          throw new GatewayError(String(e), (e as { status: number }).status);
        }),
    );
    expect([400, 403, 404]).toContain(crafted.status);
    expect((await su.getResource(own.id)).verifiedById).toBe(coord.user!.id);

    await coord.pb.collection('resources').update(own.id, {
      verified_by: coord.user!.id,
      last_verified_at: '2020-01-01 00:00:00Z',
      verification_method: 'phone',
    });
    const after = await su.getResource(own.id);
    expect(after.lastVerifiedAt.startsWith('2020')).toBe(false);
    expect(Date.parse(after.lastVerifiedAt)).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe('support events', () => {
  it('are recorded on a place in the own district, by the caller whatever the body says', async () => {
    const ev = await addSupportEvent(coord, {
      resourceId: own.id,
      stage: 'restart',
      happenedOn: '2026-11-02',
      note: '会場を変えて再開',
    });
    expect(ev.recordedById).toBe(coord.user!.id);
    const crafted = await coord.pb.collection('support_events').create({
      resource: own.id,
      stage: 'revitalise',
      happened_on: '2026-11-03',
      recorded_by: coord2.user!.id,
    });
    expect(crafted.recorded_by).toBe(coord.user!.id);
    await refused(
      addSupportEvent(coord, {
        resourceId: foreign.id,
        stage: 'create',
        happenedOn: '2026-11-02',
        note: '',
      }),
    );
    await refused(
      addSupportEvent(careManager, {
        resourceId: own.id,
        stage: 'create',
        happenedOn: '2026-11-02',
        note: '',
      }),
    );
    expect((await listSupportEvents(coord, own.id)).map((e) => e.stage)).toEqual([
      'revitalise',
      'restart',
    ]);
    expect(await listSupportEvents(su, foreign.id)).toEqual([]);
  });
});

describe('the suggestion queue', () => {
  async function suggest(message: string): Promise<string> {
    const rec = await anon.pb
      .collection('suggestions')
      .create({ resource: own.id, topic: 'schedule', message });
    return rec.id;
  }

  it('reaches the district coordinator only; accepting applies the change and the decision in one go', async () => {
    const id = await suggest('第1・第3金曜に変わりました');
    const queue = await listSuggestionQueue(coord);
    const s = queue.find((x) => x.id === id)!;
    expect(s.resourceName).toBe(own.name);
    expect((await listSuggestionQueue(coord2)).some((x) => x.id === id)).toBe(false);
    await refused(acceptSuggestion(coord2, s, { name: 'よその' }));

    const fridays: Schedule = {
      ...secondAndFourthWednesday,
      rules: [
        { type: 'monthly_nth', weekdays: ['fri'], nth: [1, 3], start: '10:00', end: '12:00' },
      ],
    };
    await acceptSuggestion(coord, s, { schedule: fridays });
    expect((await su.getResource(own.id)).schedule.rules).toEqual(fridays.rules);
    const handled = (await listSuggestionQueue(coord, { status: 'all' })).find((x) => x.id === id)!;
    expect([handled.status, handled.handledById]).toEqual(['accepted', coord.user!.id]);
    expect(handled.handledAt).not.toBe('');
    const log = await listChangeHistory(coord, 'suggestions', id);
    expect(log[0]?.changes.status).toEqual(['open', 'accepted']);
    expect(
      (await listChangeHistory(coord, 'resources', own.id))[0]?.changes.schedule,
    ).toBeDefined();
    // handled once only
    await refused(declineSuggestion(coord, id, 'やはり却下'));
  });

  it('an accept whose change is invalid saves neither the change nor the decision', async () => {
    const id = await suggest('電話番号が変わりました');
    const s = (await listSuggestionQueue(coord)).find((x) => x.id === id)!;
    const err = await refused(acceptSuggestion(coord, s, { publicPhone: 'でんわ', name: '途中' }));
    expect(err.status).toBe(400);
    expect((await su.getResource(own.id)).name).toBe(own.name);
    expect((await listSuggestionQueue(coord)).some((x) => x.id === id)).toBe(true);
  });

  it('declining needs a reason; the handler is stamped by the server', async () => {
    const id = await suggest('閉まっていました');
    const noReason = await refused(
      coord.pb
        .collection('suggestions')
        .update(id, { status: 'declined' })
        .catch((e) => {
          throw new GatewayError(String(e), (e as { status: number }).status);
        }),
    );
    expect(noReason.status).toBe(400);
    expect((await listSuggestionQueue(coord)).some((x) => x.id === id)).toBe(true);
    // a forged handler is refused outright (issue #15), the real one is stamped by the server
    const forged = await coord.pb
      .collection('suggestions')
      .update(id, {
        status: 'declined',
        decline_reason: '確認したところ開いていました',
        handled_by: coord2.user!.id,
      })
      .then(
        () => 200,
        (e: { status: number }) => e.status,
      );
    expect(forged).toBe(404);
    await coord.pb
      .collection('suggestions')
      .update(id, { status: 'declined', decline_reason: '確認したところ開いていました' });
    const s = (await listSuggestionQueue(coord, { status: 'declined' })).find((x) => x.id === id)!;
    expect([s.declineReason, s.handledById]).toEqual([
      '確認したところ開いていました',
      coord.user!.id,
    ]);
  });
});

describe('councils', () => {
  it('a coordinator updates their district council and records a meeting; not in another district', async () => {
    const councils = await su.listCouncils();
    const mine = councils.find(
      (c) => c.layer === 2 && coord.user!.districtIds.includes(c.districtId),
    )!;
    const other = councils.find(
      (c) => c.layer === 2 && !coord.user!.districtIds.includes(c.districtId),
    )!;
    const saved = await saveCouncil(coord, mine.id, {
      status: 'set_up',
      establishedOn: '2026-06-01',
      vision: 'みんなで支えあうまち',
      coordinatorName: '山田',
    });
    expect([saved.status, saved.establishedOn, saved.vision]).toEqual([
      'set_up',
      '2026-06-01',
      'みんなで支えあうまち',
    ]);
    const meeting = await addCouncilMeeting(coord, {
      councilId: mine.id,
      heldOn: '2026-11-10',
      theme: '買い物支援',
      attendees: 12,
      summary: '',
    });
    expect(
      (await su.listCouncilMeetings({ councilId: mine.id })).some((m) => m.id === meeting.id),
    ).toBe(true);
    await refused(saveCouncil(coord, other.id, { ...saved, vision: 'よその' }));
    await refused(
      addCouncilMeeting(coord, {
        councilId: other.id,
        heldOn: '2026-11-10',
        theme: 'x',
        attendees: 1,
        summary: '',
      }),
    );
    await refused(
      addCouncilMeeting(careManager, {
        councilId: mine.id,
        heldOn: '2026-11-10',
        theme: 'x',
        attendees: 1,
        summary: '',
      }),
    );
    expect((await su.listCouncils()).find((c) => c.id === other.id)?.vision).toBe(other.vision);
    expect(
      validateCouncilInput({
        status: 'set_up',
        establishedOn: '',
        vision: '',
        coordinatorName: '',
      }),
    ).toEqual({ establishedOn: 'required' });
    expect(validateMeetingInput({ heldOn: '', theme: ' ', attendees: -1, summary: '' })).toEqual({
      heldOn: 'required',
      theme: 'required',
      attendees: 'not_a_number',
    });
  });
});
