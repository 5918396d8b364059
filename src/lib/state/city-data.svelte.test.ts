// @vitest-environment happy-dom
/**
 * The shared city data against a fake gateway: areas are read once (again only to add
 * boundaries, or when the public data changed), resources once per session (the newest
 * sign-in's list wins), a failure keeps its text and the next load reads again, the councils
 * load on their own with their own status, and a visitor reads the public snapshots, staff the
 * records API.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectFakeGateway, staffUser } from './__fixtures__/fake-gateway';
import type { Area, Council, Resource } from '$lib/domain/types';
import { CityData } from './city-data.svelte';

import { session } from '$lib/state/session.svelte';
vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('./__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));

const { gateway, publicReads, snapshots } = await connectFakeGateway();

const area = (id: string, kind: Area['kind']) => ({ id, kind, name: `${id}地区` }) as Area;
const resource = (id: string) => ({ id, name: id }) as Resource;
const staff = staffUser('coordinator', ['d1']);

beforeEach(() => {
  vi.clearAllMocks();
  snapshots.enabled = false;
  gateway.emitAuth(null);
  gateway.listAreas.mockImplementation(async ({ kind }: { kind: string }) =>
    kind === 'city' ? [area('c', 'city')] : [area('d1', 'district'), area('d2', 'district')],
  );
  gateway.listResources.mockResolvedValue([resource('r1')]);
});

describe('CityData', () => {
  it('reads the city, its districts and the resources once, and names the districts', async () => {
    const data = new CityData();
    expect(data.status).toBe('idle');
    await Promise.all([data.load(), data.load()]);
    await data.load();
    expect(data.status).toBe('ready');
    expect(gateway.listAreas.mock.calls).toEqual([
      [{ kind: 'city', withGeometry: false }],
      [{ kind: 'district', withGeometry: false }],
    ]);
    expect(gateway.listResources).toHaveBeenCalledTimes(1);
    expect(data.city?.id).toBe('c');
    expect(data.districtNames).toEqual({ d1: 'd1地区', d2: 'd2地区' });
    expect(data.resources.map((r) => r.id)).toEqual(['r1']);
  });

  it('reads the areas again only to add boundaries, and keeps them for later loads', async () => {
    const data = new CityData();
    await data.load();
    await data.load({ geometry: true });
    await data.load();
    expect(gateway.listAreas.mock.calls.map(([o]) => o)).toEqual([
      { kind: 'city', withGeometry: false },
      { kind: 'district', withGeometry: false },
      { kind: 'city', withGeometry: true },
      { kind: 'district', withGeometry: true },
    ]);
  });

  it('reads the resources again after a sign-in, but not the areas', async () => {
    const data = new CityData();
    await data.load();
    gateway.listResources.mockResolvedValue([resource('r1'), resource('private')]);
    gateway.emitAuth(staff);
    await data.load();
    expect(gateway.listResources).toHaveBeenCalledTimes(2);
    expect(gateway.listAreas).toHaveBeenCalledTimes(2);
    expect(data.resources.map((r) => r.id)).toEqual(['r1', 'private']);
  });

  it('reads the areas and the resources again when the public data changed', async () => {
    const data = new CityData();
    await data.load();
    gateway.listResources.mockResolvedValue([resource('r1'), resource('r2')]);
    session.publicDataChanged();
    await data.load();
    expect(gateway.listAreas).toHaveBeenCalledTimes(4);
    expect(gateway.listResources).toHaveBeenCalledTimes(2);
    expect(data.resources.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('keeps the failure text, and the next load reads what failed again', async () => {
    gateway.listAreas.mockRejectedValueOnce(new Error('offline'));
    const data = new CityData();
    await data.load();
    expect([data.status, data.error]).toEqual(['error', 'offline']);
    await data.load();
    expect([data.status, data.error]).toEqual(['ready', '']);
    expect(data.districts).toHaveLength(2);
  });

  it('loads the councils once, with their own status and error', async () => {
    const council = { id: 'k1', districtId: 'd1' } as Council;
    gateway.listCouncils.mockRejectedValueOnce(new Error('forbidden'));
    const data = new CityData();
    await data.loadCouncils();
    expect([data.councilsStatus, data.error]).toEqual(['error', 'forbidden']);
    expect(data.status).toBe('idle');
    gateway.listCouncils.mockResolvedValue([council]);
    await data.loadCouncils();
    await data.loadCouncils();
    expect(gateway.listCouncils).toHaveBeenCalledTimes(2);
    expect([data.councilsStatus, data.error]).toEqual(['ready', '']);
    expect(data.councils).toEqual([council]);
  });

  it('reads one place and the organisations through the records API for staff', async () => {
    gateway.emitAuth(staff);
    gateway.getResource.mockResolvedValue(resource('r9'));
    gateway.listOrganizations.mockResolvedValue([{ id: 'o1', name: '社協' }]);
    const data = new CityData();
    expect((await data.place('r9')).id).toBe('r9');
    expect(gateway.getResource).toHaveBeenCalledWith('r9');
    expect(await data.organizations()).toEqual([{ id: 'o1', name: '社協' }]);
  });

  it("keeps the newest sign-in's resources when the visitor's answer comes last", async () => {
    let answerVisitor!: (list: Resource[]) => void;
    gateway.listResources.mockReturnValueOnce(new Promise((done) => (answerVisitor = done)));
    gateway.listResources.mockResolvedValueOnce([resource('r1'), resource('private')]);
    const data = new CityData();
    const visitorLoad = data.load();
    await vi.waitFor(() => expect(gateway.listResources).toHaveBeenCalledTimes(1));
    gateway.emitAuth(staff);
    await data.load();
    answerVisitor([resource('r1')]);
    await visitorLoad;
    expect(data.resources.map((r) => r.id)).toEqual(['r1', 'private']);
  });

  it('reads the public snapshots for a visitor, and the records API once staff sign in', async () => {
    snapshots.enabled = true;
    publicReads.areas.mockImplementation(async ({ kind }: { kind: string }) =>
      kind === 'city' ? [area('c', 'city')] : [area('d1', 'district')],
    );
    publicReads.resources.mockResolvedValue([resource('r1')]);
    publicReads.councils.mockResolvedValue([{ id: 'k1', districtId: 'd1' }]);
    publicReads.resource.mockResolvedValue(resource('r1'));
    publicReads.organizations.mockResolvedValue([]);
    const data = new CityData();
    await Promise.all([data.load({ geometry: true }), data.loadCouncils()]);
    expect(publicReads.areas.mock.calls).toEqual([
      [{ kind: 'city', withGeometry: true }],
      [{ kind: 'district', withGeometry: true }],
    ]);
    expect(data.districtNames).toEqual({ d1: 'd1地区' });
    expect(data.resources.map((r) => r.id)).toEqual(['r1']);
    expect(data.councils.map((c) => c.id)).toEqual(['k1']);
    expect((await data.place('r1')).id).toBe('r1');
    expect(await data.organizations()).toEqual([]);
    expect(publicReads.resource).toHaveBeenCalledWith('r1');
    expect(gateway.listAreas).not.toHaveBeenCalled();
    expect(gateway.listResources).not.toHaveBeenCalled();
    expect(gateway.listCouncils).not.toHaveBeenCalled();
    expect(gateway.getResource).not.toHaveBeenCalled();
    expect(gateway.listOrganizations).not.toHaveBeenCalled();

    gateway.listResources.mockResolvedValue([resource('r1'), resource('private')]);
    gateway.emitAuth(staff);
    await data.load();
    expect(data.resources.map((r) => r.id)).toEqual(['r1', 'private']);
    expect(gateway.listAreas).not.toHaveBeenCalled();
  });
});
