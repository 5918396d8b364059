// @vitest-environment happy-dom
/**
 * The helpers page's state against a fake gateway: only coordinators and admins read the
 * helpers, a coordinator registers in their own districts, a save or a deletion updates the
 * list and the counts and ends in one status message, and a refused save keeps the server's
 * field messages for the form.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GatewayError } from '$lib/data-access/gateway';
import * as helpers from '$lib/data-access/helpers';
import type { Helper, HelperInput } from '$lib/domain/helper';
import type { Area } from '$lib/domain/types';
import { connectFakeGateway, staffUser } from '$lib/state/__fixtures__/fake-gateway';
import { HelpersPage } from './helpers-page.svelte';

import { load } from '../+layout';

// The route's own message areas, as its +layout.ts provides them before the page renders.
load();

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
vi.mock('$lib/data-access/helpers', async (original) => ({
  ...(await original<typeof helpers>()),
  deleteHelper: vi.fn(),
  listHelperCounts: vi.fn(),
  listHelpers: vi.fn(),
  saveHelper: vi.fn(),
}));

const { gateway } = await connectFakeGateway();
const api = vi.mocked(helpers);

const helper = (id: string, name = `担い手${id}`) =>
  ({ id, name, districtIds: ['d1'], serviceTypeIds: ['t1'] }) as unknown as Helper;
const input = { name: '山田花子', districtIds: ['d1'] } as unknown as HelperInput;

async function loaded(): Promise<HelpersPage> {
  const page = new HelpersPage();
  await page.load(true);
  return page;
}

beforeEach(() => {
  vi.clearAllMocks();
  gateway.emitAuth(staffUser('coordinator', ['d2']));
  gateway.listAreas.mockImplementation(async ({ kind }: { kind: string }) =>
    kind === 'district'
      ? ([
          { id: 'd1', kind, name: '北', geometry: null },
          { id: 'd2', kind, name: '南', geometry: null },
        ] as Area[])
      : [],
  );
  gateway.listResources.mockResolvedValue([]);
  gateway.listServiceTypes.mockResolvedValue([{ id: 't1', name: '見守り' }]);
  api.listHelpers.mockResolvedValue([helper('h1')]);
  api.listHelperCounts.mockResolvedValue([{ districtId: 'd1', count: 1 }] as never);
});

describe('HelpersPage', () => {
  it('reads the helpers, the taxonomy and the counts for a coordinator, in their districts', async () => {
    const page = await loaded();
    expect(page.status).toBe('ready');
    expect(page.districts.map((d) => d.id)).toEqual(['d2']);
    expect(page.helpers.map((h) => h.id)).toEqual(['h1']);
    expect(page.serviceTypes.map((t) => t.id)).toEqual(['t1']);
    expect(page.counts).toHaveLength(1);
  });

  it('reads no helpers for a care manager', async () => {
    gateway.emitAuth(staffUser('care_manager', [], 'u2'));
    const page = await loaded();
    expect([page.status, page.canManage, page.districts]).toEqual(['ready', false, []]);
    expect(api.listHelpers).not.toHaveBeenCalled();
  });

  it("forgets the helpers (people's names and contacts) at sign-out", async () => {
    const page = await loaded();
    expect(page.helpers).toHaveLength(1);
    gateway.emitAuth(null);
    await page.load();
    expect([page.status, page.canManage]).toEqual(['ready', false]);
    expect([page.helpers, page.counts]).toEqual([[], []]);
  });

  it('registers a helper, reads the counts again and announces it by name', async () => {
    const page = await loaded();
    api.saveHelper.mockResolvedValueOnce(helper('h2', '山田花子'));
    api.listHelperCounts.mockResolvedValueOnce([{ districtId: 'd1', count: 2 }] as never);
    expect(await page.save(null, input)).toBe(true);
    expect(api.saveHelper).toHaveBeenCalledWith(gateway, null, input);
    expect(page.helpers.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(page.counts).toEqual([{ districtId: 'd1', count: 2 }]);
    expect([page.message, page.messageSeq, page.busy]).toEqual([
      '「山田花子」さんを登録しました。',
      1,
      false,
    ]);
  });

  it('saves a helper in place, and keeps the field messages of a refused save', async () => {
    const page = await loaded();
    api.saveHelper.mockResolvedValueOnce(helper('h1', '新しい名前'));
    expect(await page.save('h1', input)).toBe(true);
    expect(page.helpers.map((h) => h.name)).toEqual(['新しい名前']);
    api.saveHelper.mockRejectedValueOnce(
      new GatewayError('refused', 400, { phone: '電話番号の形が違います' }),
    );
    expect(await page.save('h1', input)).toBe(false);
    expect(page.fieldErrors).toEqual({ phone: '電話番号の形が違います' });
    expect(page.message).toBe('保存できませんでした：refused');
    expect(page.helpers.map((h) => h.name)).toEqual(['新しい名前']);
  });

  it('deletes a helper for good, or says why it could not', async () => {
    const page = await loaded();
    api.deleteHelper.mockRejectedValueOnce(new Error('offline'));
    expect(await page.remove(page.helpers[0]!)).toBe(false);
    expect(page.helpers).toHaveLength(1);
    expect(page.message).toBe('削除できませんでした：offline');
    expect(await page.remove(page.helpers[0]!)).toBe(true);
    expect(api.deleteHelper).toHaveBeenLastCalledWith(gateway, 'h1');
    expect(page.helpers).toEqual([]);
    expect(page.message).toBe('「担い手h1」さんの記録を削除しました。');
  });
});
