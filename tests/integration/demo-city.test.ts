/** The demo city as the server holds it after `npm start` loaded it into an empty data dir. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { anonymous, type ApiClient, type ListBody, signInSuperuser } from './api';

let server: TestServer;
let su: ApiClient;

type Rec = Record<string, unknown> & { id: string };

async function all(collection: string, filter = ''): Promise<Rec[]> {
  const res = await su.get<ListBody<Rec>>(
    `/api/collections/${collection}/records?perPage=1000&skipTotal=1${filter ? `&filter=${encodeURIComponent(filter)}` : ''}`,
  );
  expect(res.status).toBe(200);
  return res.body.items;
}

beforeAll(async () => {
  server = await startServer();
  su = await signInSuperuser(server);
});

afterAll(async () => {
  await server?.stop();
});

describe('the demo city', () => {
  it('is labelled fictional', async () => {
    const site = await anonymous(server.url).get<ListBody<Rec>>('/api/collections/site/records');
    expect(site.body.items).toHaveLength(1);
    expect(site.body.items[0]!.fictional).toBe(true);
  });

  it('has the area hierarchy with consistent population', async () => {
    const areas = await all('areas');
    const byKind = (k: string) => areas.filter((a) => a.kind === k);
    expect(byKind('city')).toHaveLength(1);
    expect(byKind('daily_life_area').length).toBeGreaterThanOrEqual(4);
    expect(byKind('district').length).toBeGreaterThanOrEqual(15);
    expect(byKind('town').length).toBeGreaterThanOrEqual(100);
    const sum = (xs: Rec[]) => xs.reduce((s, a) => s + (a.population as number), 0);
    expect(sum(byKind('town'))).toBe(byKind('city')[0]!.population);
    for (const d of byKind('district')) {
      expect(sum(byKind('town').filter((t) => t.parent === d.id))).toBe(d.population);
    }
    const cells = await su.get<ListBody<Rec>>(
      '/api/collections/population_cells/records?perPage=1',
    );
    expect(cells.body.totalItems).toBeGreaterThan(1000);
  });

  it('has at least 300 resources of every kind, some paused and some stale', async () => {
    const resources = [
      ...(await all('resources', 'kind = "gathering_place"')),
      ...(await all('resources', 'kind != "gathering_place"')),
    ];
    expect(resources.length).toBeGreaterThanOrEqual(300);
    for (const kind of [
      'gathering_place',
      'mutual_aid',
      'watch_over',
      'support_center',
      'service',
    ]) {
      expect(
        resources.some((r) => r.kind === kind),
        kind,
      ).toBe(true);
    }
    expect(resources.some((r) => r.status === 'paused')).toBe(true);
    const yearAgo = new Date('2025-10-01T00:00:00Z').getTime();
    expect(
      resources.some(
        (r) => new Date((r.last_verified_at as string).replace(' ', 'T')).getTime() < yearAgo,
      ),
    ).toBe(true);
    expect(
      resources.some((r) =>
        (r.schedule as { rules: Array<{ type: string }> }).rules.some(
          (x) => x.type === 'monthly_nth',
        ),
      ),
    ).toBe(true);
  });

  it('has councils at every stage with meetings, and a walking network layer', async () => {
    const councils = await all('councils');
    for (const s of ['not_set_up', 'preparing', 'set_up'])
      expect(
        councils.some((c) => c.status === s),
        s,
      ).toBe(true);
    expect((await all('council_meetings')).length).toBeGreaterThan(50);
    const layers = await all('layers', 'kind = "walk_network"');
    expect(layers).toHaveLength(1);
    const file = await fetch(
      `${server.url}/api/files/layers/${layers[0]!.id}/${layers[0]!.data as string}`,
    );
    const geojson = (await file.json()) as { features: unknown[] };
    expect(geojson.features.length).toBeGreaterThan(1000);
  });
});
