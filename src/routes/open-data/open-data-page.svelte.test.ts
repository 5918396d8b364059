// @vitest-environment happy-dom
/**
 * The open-data page's state against a fake gateway: the data sources' credits (none when they
 * cannot be read: credits are optional, never an error), and a download's directory read
 * with or without the districts' boundaries as asked.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as applyImport from '$lib/data-access/apply-import';
import * as exportDirectory from '$lib/data-access/export-directory';
import { connectFakeGateway } from '$lib/state/__fixtures__/fake-gateway';
import { OpenDataPage } from './open-data-page.svelte';

import { load } from './+layout';

// The route's own message areas, as its +layout.ts provides them before the page renders.
load();

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
vi.mock('$lib/data-access/apply-import', async (original) => ({
  ...(await original<typeof applyImport>()),
  listDataSources: vi.fn(),
}));
vi.mock('$lib/data-access/export-directory', async (original) => ({
  ...(await original<typeof exportDirectory>()),
  readPublicDirectory: vi.fn(),
}));
const { gateway } = await connectFakeGateway();
const listDataSources = vi.mocked(applyImport.listDataSources);
const readPublicDirectory = vi.mocked(exportDirectory.readPublicDirectory);

beforeEach(() => vi.clearAllMocks());

describe('OpenDataPage', () => {
  it('holds the credits once read, and none (not an error) when they cannot be read', async () => {
    const source = { id: 's1', name: '国土数値情報' } as never;
    listDataSources.mockResolvedValueOnce([source]);
    const page = new OpenDataPage();
    expect(page.sources).toBeNull();
    await page.credits.load();
    expect(page.sources).toEqual([source]);
    listDataSources.mockRejectedValueOnce(new Error('offline'));
    await page.credits.load();
    expect([page.credits.status, page.sources]).toEqual(['ready', []]);
  });

  it('reads the public directory for a download, boundaries as asked', async () => {
    readPublicDirectory.mockResolvedValue({ resources: [] } as never);
    const page = new OpenDataPage();
    await page.readDirectory({ districtBoundaries: true });
    expect(readPublicDirectory).toHaveBeenCalledWith(gateway, { districtBoundaries: true });
  });
});
