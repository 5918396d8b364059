// @vitest-environment happy-dom
/**
 * The survey page's data against a fake gateway: the site's city name, the districts in code
 * order, the resources; a failure keeps its text and a retry reads again; signing in reads
 * everything again (staff count non-public places too).
 */
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectFakeGateway, staffUser } from '$lib/state/__fixtures__/fake-gateway';
import type { Area, Resource } from '$lib/domain/types';
import { SurveyData } from './survey-data.svelte';

import { load } from './+layout';

// The route's own message areas, as its +layout.ts provides them before the page renders.
load();

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));

const { gateway } = await connectFakeGateway();

const district = (id: string, code: string, name: string) =>
  ({ id, kind: 'district', code, name }) as Area;

beforeEach(() => {
  vi.clearAllMocks();
  gateway.emitAuth(null);
  gateway.getSite.mockResolvedValue({ cityName: '高崎市' });
  gateway.listAreas.mockResolvedValue([
    district('b', '02', '南'),
    district('c', '', 'い地区'),
    district('a', '01', '北'),
    district('d', '', 'あ地区'),
  ]);
  gateway.listResources.mockResolvedValue([{ id: 'r1' }] as Resource[]);
});

describe('SurveyData', () => {
  it('reads the site, the districts (by code, then name) and the resources', async () => {
    const data = new SurveyData();
    await data.loader.load();
    expect(data.status).toBe('ready');
    expect(gateway.listAreas).toHaveBeenCalledWith({ kind: 'district' });
    expect(data.cityName).toBe('高崎市');
    expect(data.districts.map((d) => d.id)).toEqual(['d', 'c', 'a', 'b']);
    expect(data.resources.map((r) => r.id)).toEqual(['r1']);
  });

  it('has no city name before the site is set up', async () => {
    gateway.getSite.mockResolvedValue(null);
    const data = new SurveyData();
    await data.loader.load();
    expect([data.status, data.cityName]).toEqual(['ready', '']);
  });

  it('keeps the error text, and a retry reads again', async () => {
    gateway.listResources.mockRejectedValueOnce(new Error('offline'));
    const data = new SurveyData();
    await data.loader.load();
    expect([data.status, data.loader.error]).toEqual(['error', 'offline']);
    expect(data.districts).toEqual([]);
    await data.loader.retry();
    expect([data.status, data.loader.error]).toEqual(['ready', '']);
    expect(data.districts).toHaveLength(4);
  });

  it('follows the session: reads again when someone signs in', async () => {
    const data = new SurveyData();
    const stop = $effect.root(() => data.follow());
    flushSync();
    await vi.waitFor(() => expect(data.status).toBe('ready'));
    expect(gateway.listResources).toHaveBeenCalledTimes(1);
    gateway.listResources.mockResolvedValue([{ id: 'r1' }, { id: 'private' }] as Resource[]);
    gateway.emitAuth(staffUser('care_manager'));
    flushSync();
    await vi.waitFor(() => expect(data.resources).toHaveLength(2));
    expect(gateway.getSite).toHaveBeenCalledTimes(2);
    stop();
  });
});
