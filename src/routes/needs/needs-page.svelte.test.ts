// @vitest-environment happy-dom
/**
 * The needs matrix's data against a fake gateway: a visitor reads nothing (needs are staff
 * data) and is not staff; staff read the districts in code order, the taxonomy in its order,
 * every resource and the needs of the longest period (24 months and a few days back), as of
 * today in Japan; a failure keeps its text; signing in reads again.
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as needs from '$lib/data-access/needs';
import type { Area, Need } from '$lib/domain/types';
import { connectFakeGateway, staffUser } from '$lib/state/__fixtures__/fake-gateway';
import { NeedsPage } from './needs-page.svelte';

import { load } from './+layout';

// The route's own message areas, as its +layout.ts provides them before the page renders.
load();

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
vi.mock('$lib/data-access/needs', async (original) => ({
  ...(await original<typeof needs>()),
  listNeeds: vi.fn(),
}));

const { gateway } = await connectFakeGateway();
const listNeeds = vi.mocked(needs.listNeeds);

const need = (id: string, observedOn: string) => ({ id, observedOn }) as Need;
const careManager = staffUser('care_manager');

beforeEach(() => {
  vi.clearAllMocks();
  // 09:00 in Japan on 5 December (still the 4th in UTC)
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-05T00:00:00+09:00') });
  gateway.emitAuth(null);
  gateway.listAreas.mockResolvedValue([
    { id: 'b', code: '02', name: '南' },
    { id: 'a', code: '01', name: '北' },
  ] as Area[]);
  gateway.listServiceTypes.mockResolvedValue([
    { id: 't2', sortOrder: 2 },
    { id: 't1', sortOrder: 1 },
  ]);
  gateway.listResources.mockResolvedValue([{ id: 'r1' }]);
  listNeeds.mockResolvedValue([
    need('old', '2024-11-20'),
    need('edge', '2024-11-21'),
    need('new', '2026-12-01'),
  ]);
});
afterEach(() => vi.useRealTimers());

describe('NeedsPage (the needs matrix)', () => {
  it('reads nothing for a visitor, and says the visitor is not staff', async () => {
    const page = new NeedsPage();
    await page.loader.load();
    expect([page.status, page.staff, page.asOf]).toEqual(['ready', false, '2026-12-05']);
    expect(listNeeds).not.toHaveBeenCalled();
    expect(gateway.listResources).not.toHaveBeenCalled();
    expect(page.districts).toEqual([]);
  });

  it('reads staff data in order, with the needs of the longest period as of today in Japan', async () => {
    gateway.emitAuth(careManager);
    const page = new NeedsPage();
    await page.loader.load();
    expect([page.status, page.staff, page.asOf]).toEqual(['ready', true, '2026-12-05']);
    expect(gateway.listAreas).toHaveBeenCalledWith({ kind: 'district' });
    expect(page.districts.map((d) => d.id)).toEqual(['a', 'b']);
    expect(page.serviceTypes.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(page.resources).toHaveLength(1);
    expect(page.needs.map((n) => n.id)).toEqual(['edge', 'new']);
  });

  it('keeps the error text, and a retry reads again', async () => {
    gateway.emitAuth(careManager);
    listNeeds.mockRejectedValueOnce(new Error('forbidden'));
    const page = new NeedsPage();
    await page.loader.load();
    expect([page.status, page.loader.error]).toEqual(['error', 'forbidden']);
    await page.loader.retry();
    expect(page.status).toBe('ready');
    expect(page.needs).toHaveLength(2);
  });

  it('reads again when someone signs in', async () => {
    const page = new NeedsPage();
    const stop = $effect.root(() => page.follow());
    flushSync();
    await vi.waitFor(() => expect(page.status).toBe('ready'));
    expect(listNeeds).not.toHaveBeenCalled();
    gateway.emitAuth(careManager);
    flushSync();
    await vi.waitFor(() => expect(page.needs).toHaveLength(2));
    stop();
  });
});
