// @vitest-environment happy-dom
/**
 * The site state against a fake gateway: read once (again when forced or when the session
 * changes), a visitor from the public snapshot and staff from the records API, a failure kept
 * until the next load, and the walking and staleness defaults until the site sets its own.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WALK } from '$lib/domain/site-settings';
import { DEFAULT_STALENESS } from '$lib/domain/staleness-stage';
import { connectFakeGateway, staffUser } from './__fixtures__/fake-gateway';
import { SiteState } from './site.svelte';

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('./__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
const { gateway, publicReads, snapshots } = await connectFakeGateway();

beforeEach(() => {
  vi.clearAllMocks();
  snapshots.enabled = false;
  gateway.emitAuth(null);
});

describe('SiteState', () => {
  it('reads the site once, again only when forced (after the settings are saved)', async () => {
    gateway.getSite.mockResolvedValue({
      cityName: '高崎市',
      cityNameEn: 'Takasaki',
      fictional: false,
      attribution: 'a\n\n b ',
    });
    const site = new SiteState();
    await Promise.all([site.load(), site.load()]);
    await site.load();
    expect(gateway.getSite).toHaveBeenCalledTimes(1);
    expect(site.status).toBe('ready');
    expect(site.cityName('en')).toBe('Takasaki');
    expect(site.attributionLines).toEqual(['a', 'b']);
    gateway.getSite.mockResolvedValue({ cityName: '前橋市', cityNameEn: '' });
    await site.load(true);
    expect(gateway.getSite).toHaveBeenCalledTimes(2);
    expect(site.cityName('en')).toBe('前橋市');
  });

  it('keeps the error text and reads again on the next load', async () => {
    gateway.getSite.mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(null);
    const site = new SiteState();
    await site.load();
    expect([site.status, site.error]).toEqual(['error', 'offline']);
    await site.load();
    expect([site.status, site.error, site.site]).toEqual(['ready', '', null]);
  });

  it('a visitor reads the public snapshot, and staff the records API after signing in', async () => {
    snapshots.enabled = true;
    publicReads.site.mockResolvedValue({ cityName: '高崎市', walkM: 0, walkMPerMin: 0 });
    gateway.getSite.mockResolvedValue({ cityName: '高崎市', walkM: 600, walkMPerMin: 60 });
    const site = new SiteState();
    await site.load();
    expect(publicReads.site).toHaveBeenCalledTimes(1);
    expect(gateway.getSite).not.toHaveBeenCalled();
    gateway.emitAuth(staffUser('coordinator', ['d1']));
    await site.load();
    expect(gateway.getSite).toHaveBeenCalledTimes(1);
    expect([site.walk.walkM, site.walkMinutes]).toEqual([600, 10]);
  });

  it('walks and judges staleness by the defaults until the site sets its own', async () => {
    gateway.getSite.mockResolvedValue(null);
    const site = new SiteState();
    await site.load();
    expect([site.fictional, site.cityName('ja'), site.attributionLines]).toEqual([false, '', []]);
    expect(site.walk).toEqual(DEFAULT_WALK);
    expect(site.staleness).toEqual(DEFAULT_STALENESS);
    const now = new Date('2026-12-05T00:00:00Z');
    expect(site.stalenessOf('2026-06-01', now)).toBe('fresh');
    expect(site.stalenessOf('2025-11-01', now)).toBe('notice');
    gateway.getSite.mockResolvedValue({ staleness: { ...DEFAULT_STALENESS, noticeMonths: 18 } });
    await site.load(true);
    expect(site.stalenessOf('2025-11-01', now)).toBe('flagged');
  });
});
