// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectFakeGateway } from './__fixtures__/fake-gateway';
import { SiteState } from './site.svelte';

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('./__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
const { gateway } = await connectFakeGateway();

beforeEach(() => vi.clearAllMocks());

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
});
