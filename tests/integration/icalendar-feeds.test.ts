/**
 * The subscribable iCalendar feeds served by PocketBase (issue #17): anonymous, public active
 * places only; parsed by ical.js, every session in the next three months agrees with the
 * schedule engine (next-occurrences.ts) run on the same records as the API returns them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toResource, type PbRecord } from '../../src/lib/data-access/records';
import { tokyoIsoDate, dayNumberToIso, isoToDayNumber } from '../../src/lib/domain/iso-date';
import { engineSessions, icalSessions } from '../../src/lib/export/__fixtures__/calendar-sessions';
import { startServer, type TestServer } from '../helpers/server';
import { type ApiClient, type ListBody, signInSuperuser } from './api';

let server: TestServer;
let su: ApiClient;

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const DAYS = 92;

/** Sessions per place id from the feed, from today (Japan) for DAYS days. */
const sessions = (ics: string, from: string): Map<string, string[]> =>
  icalSessions(ics, from, dayNumberToIso(isoToDayNumber(from) + DAYS - 1));

const expected = (r: PbRecord, from: string) => engineSessions(toResource(r).schedule, from, DAYS);

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
