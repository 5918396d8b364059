// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectFakeGateway, staffUser } from '$lib/state/__fixtures__/fake-gateway';
import { session } from '$lib/state/session.svelte';
import type { Area, Council, Resource } from '$lib/domain/types';
import { DistrictProfileData } from './district-page.svelte';

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
const { gateway } = await connectFakeGateway();

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [139, 36],
      [139.01, 36],
      [139.01, 36.01],
      [139, 36.01],
      [139, 36],
    ],
  ],
};
const area = (id: string, kind: Area['kind'], extra: Partial<Area> = {}) =>
  ({ id, kind, name: id, parentId: '', supportCenterId: '', geometry: square, ...extra }) as Area;
const resource = (id: string, extra: Partial<Resource>) =>
  ({
    id,
    kind: 'gathering_place',
    status: 'active',
    districtId: 'd1',
    location: [139.005, 36.005],
    ...extra,
  }) as Resource;
const council = (id: string, extra: Partial<Council>) =>
  ({ id, layer: 2, districtId: 'd1', ...extra }) as Council;
const cell = { meshCode: '5439000000', meshM: 100, population: 10, population65: 4, year: 2020 };

beforeEach(() => {
  vi.clearAllMocks();
  gateway.getArea.mockImplementation(async (id: string) => {
    if (id === 'd1') return area('d1', 'district', { parentId: 'a1' });
    if (id === 'a1') return area('a1', 'daily_life_area', { supportCenterId: 'centre' });
    if (id === 't1') return area('t1', 'town');
    throw Object.assign(new Error('not found'), { status: 404 });
  });
  gateway.listCouncils.mockResolvedValue([
    council('c1', {}),
    council('c2', { districtId: 'd2' }),
    council('c3', { layer: 1, districtId: '' }),
  ]);
  gateway.listResources.mockResolvedValue([
    resource('r1', {}),
    resource('r2', { districtId: 'd2' }),
    resource('r3', { kind: 'service' }),
    resource('r4', { status: 'paused' as Resource['status'] }),
    resource('r5', { location: null }),
  ]);
  gateway.listOrganizations.mockResolvedValue([]);
  gateway.listCouncilMeetings.mockImplementation(async ({ councilId }: { councilId: string }) => [
    { id: `m-${councilId}`, councilId, heldOn: '2026-04-01' },
  ]);
  gateway.getResource.mockImplementation(async (id: string) =>
    resource(id, { kind: 'support_center' as Resource['kind'] }),
  );
  gateway.listPopulationCells.mockResolvedValue([cell]);
});

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('DistrictProfileData', () => {
  it("loads the district's own records, its support centre from the parent area and the city's active places", async () => {
    const data = new DistrictProfileData();
    await data.loader.load('d1');
    expect(data.status).toBe('ready');
    expect(data.notFound).toBe(false);
    expect(data.district?.id).toBe('d1');
    expect(data.district?.geometry).toBeNull(); // the boundary is kept apart
    expect(data.boundary).toEqual(square);
    expect(data.councils.map((c) => c.id)).toEqual(['c1']);
    expect(data.meetings.map((m) => m.id)).toEqual(['m-c1']);
    expect(data.resources.map((r) => r.id)).toEqual(['r1', 'r3', 'r4', 'r5']);
    expect(data.supportCenter?.id).toBe('centre');
    expect(data.cityPlaces).toEqual([
      [139.005, 36.005],
      [139.005, 36.005],
    ]); // r1 and r2: active gathering places with a location
    expect(data.populationCells).toEqual([cell]);
    // the profile section's facts: the same records, without the organisations
    expect(data.profile).toEqual({
      district: data.district,
      councils: data.councils,
      meetings: data.meetings,
      resources: data.resources,
      supportCenter: data.supportCenter,
      boundary: data.boundary,
      populationCells: data.populationCells,
      cityPlaces: data.cityPlaces,
    });
  });

  it('says not found for an unknown id or an area that is not a district', async () => {
    const data = new DistrictProfileData();
    await data.loader.load('nope');
    expect([data.status, data.notFound, data.district, data.profile]).toEqual([
      'ready',
      true,
      null,
      null,
    ]);
    await data.loader.load('t1');
    expect([data.status, data.notFound]).toEqual(['ready', true]);
  });

  it('shows an error and loads again on retry', async () => {
    gateway.listResources.mockRejectedValueOnce(new Error('network down'));
    const data = new DistrictProfileData();
    await data.loader.load('d1');
    expect(data.status).toBe('error');
    expect(data.loader.error).toBe('network down');
    data.retry();
    await settle();
    await settle();
    expect(data.status).toBe('ready');
  });

  it('reloads when the district changes and when someone signs in', async () => {
    let id = $state('d1');
    const data = new DistrictProfileData();
    const stop = $effect.root(() => data.follow(() => id));
    flushSync();
    await vi.waitFor(() => expect(data.status).toBe('ready'));
    expect(gateway.getArea).toHaveBeenCalledWith('d1');
    id = 'nope';
    flushSync();
    await vi.waitFor(() => expect(data.notFound).toBe(true));
    const reads = gateway.listResources.mock.calls.length;
    // The session follows the gateway's sign-ins once it has loaded it (as after a sign-in).
    await session.connect();
    gateway.emitAuth(staffUser('coordinator', ['d1']));
    flushSync();
    expect(data.status).toBe('loading');
    await vi.waitFor(() => expect(data.status).toBe('ready'));
    expect(gateway.getArea.mock.calls.filter(([a]) => a === 'nope').length).toBe(2);
    expect(gateway.listResources.mock.calls.length).toBe(reads); // 'nope' stops before the lists
    stop();
  });
});
