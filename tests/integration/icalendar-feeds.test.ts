/**
 * The subscribable iCalendar feeds served by PocketBase (issue #17): anonymous, public active
 * places only; parsed by ical.js, every session in the next three months agrees with the
 * schedule engine (next-occurrences.ts) run on the same records as the API returns them.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toResource, type PbRecord } from '../../src/lib/data-access/records';
import { tokyoIsoDate, dayNumberToIso, isoToDayNumber } from '../../src/lib/domain/iso-date';
import { nextOccurrences } from '../../src/lib/domain/next-occurrences';
import { startServer, type TestServer } from '../helpers/server';
import { signIn, type ApiClient, type ListBody } from './api';

let server: TestServer;
let su: ApiClient;

beforeAll(async () => {
  server = await startServer();
  su = await signIn(server.url, server.superuser.email, server.superuser.password, '_superusers');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const DAYS = 92;

/** Sessions per place id from the feed, from today (Japan) for DAYS days. */
function sessions(ics: string, from: string): Map<string, string[]> {
  const end = dayNumberToIso(isoToDayNumber(from) + DAYS - 1);
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const out = new Map<string, string[]>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const id = event.uid.split('-')[0]!;
    const it = event.iterator();
    for (let t = it.next(); t; t = it.next()) {
      const s = t.toString();
      if (s.slice(0, 10) > end) break;
      if (s.slice(0, 10) >= from)
        out.set(id, [
          ...(out.get(id) ?? []),
          s.length > 10 ? `${s.slice(0, 10)} ${s.slice(11, 16)}` : s,
        ]);
    }
  }
  for (const v of out.values()) v.sort();
  return out;
}

const expected = (r: PbRecord, from: string) =>
  nextOccurrences(toResource(r).schedule, from, { count: 10_000, horizonDays: DAYS })
    .map((o) => (o.start ? `${o.date} ${o.start}` : o.date))
    .sort();

describe('GET /api/sasaeai/ics/…', () => {
  it("serves a district's public places as one calendar that agrees with the schedule engine", async () => {
    const districts = (
      await su.get<ListBody<PbRecord>>(
        `/api/collections/areas/records?perPage=50&filter=${encodeURIComponent('kind = "district"')}`,
      )
    ).body.items;
    const district = districts[0]!;
    const res = await fetch(`${server.url}/api/sasaeai/ics/district/${district.id}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await res.text();
    const from = tokyoIsoDate(new Date());
    const inDistrict = (
      await su.get<ListBody<PbRecord>>(
        `/api/collections/resources/records?perPage=500&filter=${encodeURIComponent(`district = "${district.id}"`)}`,
      )
    ).body.items;
    const visible = inDistrict.filter((r) => r.is_public === true && r.status === 'active');
    const hidden = inDistrict.filter((r) => !(r.is_public === true && r.status === 'active'));
    const got = sessions(ics, from);
    expect(visible.length).toBeGreaterThan(2);
    for (const r of visible) expect(got.get(r.id) ?? [], String(r.name)).toEqual(expected(r, from));
    for (const r of hidden) expect(ics).not.toContain(r.id);
    expect(ics).toContain(`X-WR-CALNAME:${String(district.name)}`);
  });

  it("serves one place's feed with links to its page, and 404 for a private, closed or unknown one", async () => {
    const all = (await su.get<ListBody<PbRecord>>('/api/collections/resources/records?perPage=500'))
      .body.items;
    const place = all.find(
      (r) =>
        r.is_public === true &&
        r.status === 'active' &&
        Array.isArray((r.schedule as { rules?: unknown[] }).rules) &&
        (r.schedule as { rules: unknown[] }).rules.length > 0,
    )!;
    const res = await fetch(`${server.url}/api/sasaeai/ics/place/${place.id}`);
    expect(res.status).toBe(200);
    const ics = await res.text();
    const from = tokyoIsoDate(new Date());
    expect(sessions(ics, from).get(place.id)).toEqual(expected(place, from));
    expect(ics.replace(/\r\n /g, '')).toContain(`URL:${server.url}/places/${place.id}`);
    const hidden = all.find((r) => r.is_public !== true || r.status !== 'active');
    if (hidden)
      expect((await fetch(`${server.url}/api/sasaeai/ics/place/${hidden.id}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/sasaeai/ics/place/nosuchrecord123`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/sasaeai/ics/district/${place.id}`)).status).toBe(404);
  });
});
