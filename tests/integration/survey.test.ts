/**
 * The survey fields on a real server (issue #17): a coordinator records a place's main activity,
 * run-by, venue and participants; `sasaeai survey --url … --email … --password … --json` counts
 * them, and every table of every district adds up to the district's active gathering places
 * (non-public ones included for a signed-in coordinator, left out for an anonymous reader).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyCommand } from '../../src/cli/commands/survey';
import { SURVEY_DIMENSIONS, type SurveyResult } from '../../src/lib/domain/survey-tables';
import { startServer, type TestServer } from '../helpers/server';
import { type ApiClient, type ListBody, signInDemo } from './api';
import { asDemo, runCliJson } from './run-cli';

type Rec = Record<string, unknown> & { id: string };
let server: TestServer;
let admin: ApiClient;

beforeAll(async () => {
  server = await startServer();
  admin = await signInDemo(server.url, 'admin@example.com');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('survey on a real server', () => {
  it('stores the survey fields (unknown allowed) and counts them per district, totals adding up', async () => {
    const coord = await signInDemo(server.url, 'coordinator@example.com');
    const district = (coord.record.districts as string[])[0]!;
    const mine = (
      await coord.get<ListBody<Rec>>(
        `/api/collections/resources/records?perPage=500&filter=${encodeURIComponent(`district = "${district}" && kind = "gathering_place" && status = "active"`)}`,
      )
    ).body.items;
    const place = mine[0]!;
    const saved = await coord.patch<Rec>(`/api/collections/resources/records/${place.id}`, {
      main_activity: 'exercise',
      run_by: 'residents_group',
      venue_type: 'community_hall',
      participants: 23,
      participants_year: 2026,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ main_activity: 'exercise', participants: 23 });
    // A value the survey does not know is refused by the schema.
    expect(
      (
        await coord.patch(`/api/collections/resources/records/${place.id}`, {
          main_activity: 'karaoke',
        })
      ).status,
    ).toBe(400);

    const run = await runCliJson<SurveyResult>(surveyCommand, [
      '--year',
      '2026',
      ...asDemo(server, 'coordinator@example.com'),
      '--json',
    ]);
    expect(run.code).toBe(0);
    const area = run.json.districts.find((a) => a.areaId === district)!;
    expect(area.places).toBe(mine.length);
    expect(area.tables.mainActivity.exercise).toBeGreaterThanOrEqual(1);
    expect(area.tables.size.from_20_to_29).toBeGreaterThanOrEqual(1);
    expect(area.participants.total).toBeGreaterThanOrEqual(23);
    const all = (await admin.get<ListBody<Rec>>('/api/collections/resources/records?perPage=1000'))
      .body.items;
    for (const a of run.json.districts) {
      const expected = all.filter(
        (r) => r.kind === 'gathering_place' && r.status === 'active' && r.district === a.areaId,
      ).length;
      expect(a.places, a.name).toBe(expected);
      for (const d of SURVEY_DIMENSIONS)
        expect(Object.values(a.tables[d]).reduce((x, y) => x + y, 0)).toBe(expected);
    }
    // Anonymous: public places only.
    const anon = await runCliJson<SurveyResult>(surveyCommand, [
      '--year',
      '2026',
      '--url',
      server.url,
      '--json',
    ]);
    const publicCount = all.filter(
      (r) => r.kind === 'gathering_place' && r.status === 'active' && r.is_public === true,
    ).length;
    expect(anon.json.city.places).toBe(publicCount);
  });
});
