// @vitest-environment happy-dom
/**
 * The residents' state class against a fake gateway and city-data store: towns are read from
 * the snapshot for visitors (the API for staff) and indexed for the picker; a city-data
 * failure is the page's error; loading again after it retries.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Area } from '$lib/domain/types';

const fake = vi.hoisted(() => ({
  snapshotAreas: vi.fn<(q: unknown) => Promise<unknown[]>>(),
  apiAreas: vi.fn<(q: unknown) => Promise<unknown[]>>(),
  city: { status: 'ready', error: '', load: vi.fn(() => Promise.resolve()) },
  session: { readsSnapshots: true, generation: 0 },
}));
vi.mock('$lib/data-access/browser-reads', () => ({
  publicReads: { areas: fake.snapshotAreas },
  loadGateway: async () => ({ listAreas: fake.apiAreas }),
}));
vi.mock('$lib/state/city-data.svelte', () => ({ cityData: fake.city }));
vi.mock('$lib/state/session.svelte', () => ({ session: fake.session }));

const { ResidentsData } = await import('./residents-page.svelte');

const town = (id: string, name: string, nameKana: string) =>
  ({ id, name, nameKana, kind: 'town' }) as unknown as Area;

beforeEach(() => {
  fake.snapshotAreas.mockReset();
  fake.apiAreas.mockReset();
  fake.city.status = 'ready';
  fake.city.error = '';
  fake.session.readsSnapshots = true;
});

describe('ResidentsData', () => {
  it('reads towns from the public snapshot for a visitor', async () => {
    fake.snapshotAreas.mockResolvedValue([town('t1', '柳町', 'やなぎちょう')]);
    const data = new ResidentsData();
    await data.load();
    expect(fake.snapshotAreas).toHaveBeenCalledWith({ kind: 'town' });
    expect(fake.apiAreas).not.toHaveBeenCalled();
    expect(data.status).toBe('ready');
    expect(data.town('t1')?.name).toBe('柳町');
  });

  it('reads towns through the API for staff', async () => {
    fake.session.readsSnapshots = false;
    fake.apiAreas.mockResolvedValue([town('t1', '柳町', '')]);
    const data = new ResidentsData();
    await data.load();
    expect(fake.apiAreas).toHaveBeenCalledWith({ kind: 'town' });
    expect(data.status).toBe('ready');
  });

  it("a city-data failure is the page's error; loading again retries", async () => {
    fake.snapshotAreas.mockResolvedValue([]);
    fake.city.status = 'error';
    fake.city.error = 'network down';
    const data = new ResidentsData();
    await data.load();
    expect(data.status).toBe('error');
    expect(data.error).toBe('network down');
    fake.city.status = 'ready';
    await data.load();
    expect(data.status).toBe('ready');
    expect(fake.snapshotAreas).toHaveBeenCalledTimes(2);
  });
});
