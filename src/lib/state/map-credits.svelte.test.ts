// @vitest-environment happy-dom
/**
 * The maps' credit lines: both lists read once per page, later calls reuse the first request,
 * and a list that cannot be read stays empty without failing the other.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { publicReads } from '$lib/data-access/browser-reads';
import { MapCreditsState } from './map-credits.svelte';

vi.mock('$lib/data-access/browser-reads', () => ({ publicReads: { attributions: vi.fn() } }));
const list = vi.mocked(publicReads.attributions);

beforeEach(() => {
  list.mockReset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('MapCreditsState', () => {
  it('reads the sources and the layers once', async () => {
    list.mockImplementation(async (collection) =>
      collection === 'data_sources' ? ['国勢調査（総務省統計局）'] : ['OpenStreetMap'],
    );
    const credits = new MapCreditsState();
    await Promise.all([credits.load(), credits.load()]);
    await credits.load();
    expect(list).toHaveBeenCalledTimes(2);
    expect(list).toHaveBeenCalledWith('data_sources');
    expect(credits.sources).toEqual(['国勢調査（総務省統計局）']);
    expect(credits.layers).toEqual(['OpenStreetMap']);
  });

  it('leaves a list that cannot be read empty and keeps the other', async () => {
    list.mockImplementation(async (collection) => {
      if (collection === 'data_sources') throw new Error('offline');
      return ['OpenStreetMap'];
    });
    const credits = new MapCreditsState();
    await expect(credits.load()).resolves.toBeUndefined();
    expect(credits.sources).toEqual([]);
    expect(credits.layers).toEqual(['OpenStreetMap']);
  });
});
