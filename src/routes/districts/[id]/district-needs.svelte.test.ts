// @vitest-environment happy-dom
/**
 * The district profile's needs section against a fake gateway: nothing is read for a visitor
 * or without a district; for staff, the district's needs of the last 12 months against the
 * active places serving it, one row per type with needs, the gaps first.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as needs from '$lib/data-access/needs';
import type { Need, Resource } from '$lib/domain/types';
import { connectFakeGateway, staffUser } from '$lib/state/__fixtures__/fake-gateway';
import { DistrictNeeds } from './district-needs.svelte';

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

const need = (serviceTypeId: string, count: number | null, observedOn = '2026-11-01') =>
  ({
    districtId: 'd1',
    serviceTypeId,
    count,
    countUnit: count === null ? '' : 'households',
    observedOn,
  }) as Need;
const place = (serviceTypeIds: string[], status = 'active') =>
  ({ districtId: 'd1', serviceDistrictIds: [], serviceTypeIds, status }) as unknown as Resource;

beforeEach(() => {
  vi.clearAllMocks();
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-05T12:00:00+09:00') });
  gateway.emitAuth(staffUser('coordinator', ['d1']));
  gateway.listServiceTypes.mockResolvedValue([
    { id: 'met', sortOrder: 1, name: '見守り' },
    { id: 'quiet', sortOrder: 2, name: '配食' },
    { id: 'unmet', sortOrder: 3, name: '買い物' },
  ]);
  gateway.listResources.mockResolvedValue([place(['met']), place(['unmet'], 'paused')]);
  listNeeds.mockResolvedValue([
    need('met', 2),
    need('unmet', null),
    need('quiet', 5, '2025-11-05'), // before the 12 months
  ]);
});
afterEach(() => vi.useRealTimers());

describe('DistrictNeeds', () => {
  it("lists the district's types with needs, the gaps first, against the active places", async () => {
    const data = new DistrictNeeds();
    await data.loader.load('d1');
    expect(data.status).toBe('ready');
    expect(listNeeds).toHaveBeenCalledWith(gateway, { districtId: 'd1' });
    expect(data.rows.map((r) => [r.type.id, r.cell.gap])).toEqual([
      ['unmet', 'unmet'],
      ['met', 'met'],
    ]);
    expect([data.from, data.to]).toEqual(['2025-12-06', '2026-12-05']);
  });

  it('reads nothing for a visitor or without a district', async () => {
    const data = new DistrictNeeds();
    await data.loader.load('');
    gateway.emitAuth(null);
    await data.loader.load('d1');
    expect([data.status, data.staff, data.rows, data.from]).toEqual(['ready', false, [], '']);
    expect(listNeeds).not.toHaveBeenCalled();
  });

  it('keeps the error text of a failed read', async () => {
    listNeeds.mockRejectedValueOnce(new Error('offline'));
    const data = new DistrictNeeds();
    await data.loader.load('d1');
    expect([data.status, data.loader.error]).toEqual(['error', 'offline']);
  });
});
