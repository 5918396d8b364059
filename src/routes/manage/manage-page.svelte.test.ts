// @vitest-environment happy-dom
/**
 * The coordinator workspace's state against a fake gateway: a coordinator sees only their
 * districts' records and suggestions (read once per sign-in; the add form's towns and
 * boundaries once), possible duplicates leave out dismissed pairs, a merge and a dismissal
 * send the pair and show the records as they are now, the confirmed-share trend reads the
 * change log of the last 12 months, and bulk confirming and marking letters sent end in one
 * status message each.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as changeHistory from '$lib/data-access/change-history';
import * as coordination from '$lib/data-access/coordination';
import type { QueuedSuggestion } from '$lib/data-access/coordination';
import { GatewayError } from '$lib/data-access/gateway';
import * as organiserLinks from '$lib/data-access/organiser-links';
import * as outreach from '$lib/data-access/outreach';
import * as merges from '$lib/data-access/resource-merges';
import type { Area, Resource } from '$lib/domain/types';
import { connectFakeGateway, staffUser } from '$lib/state/__fixtures__/fake-gateway';
import { ManagePage, TREND_MONTHS } from './manage-page.svelte';

import { load } from './+layout';

// The route's own message areas, as its +layout.ts provides them before the page renders.
load();

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
vi.mock('$lib/data-access/change-history', async (original) => ({
  ...(await original<typeof changeHistory>()),
  listChangesSince: vi.fn(),
}));
vi.mock('$lib/data-access/coordination', async (original) =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeCoordinationModule(original),
);
vi.mock('$lib/data-access/organiser-links', async (original) => ({
  ...(await original<typeof organiserLinks>()),
  acceptOrganiserProposal: vi.fn(),
}));
vi.mock('$lib/data-access/outreach', async (original) => ({
  ...(await original<typeof outreach>()),
  listLatestOutreach: vi.fn(),
  markOutreachSent: vi.fn(),
}));
vi.mock('$lib/data-access/resource-merges', async (original) => ({
  ...(await original<typeof merges>()),
  listDismissedPairs: vi.fn(),
  markNotDuplicate: vi.fn(),
  mergeResources: vi.fn(),
}));

const { gateway } = await connectFakeGateway();
const coord = vi.mocked(coordination);
const listChangesSince = vi.mocked(changeHistory.listChangesSince);
const acceptOrganiserProposal = vi.mocked(organiserLinks.acceptOrganiserProposal);
const { listLatestOutreach, markOutreachSent } = vi.mocked(outreach);
const { listDismissedPairs, markNotDuplicate, mergeResources } = vi.mocked(merges);

const place = (id: string, districtId: string, extra: Partial<Resource> = {}) =>
  ({
    id,
    name: `場所${id}`,
    districtId,
    status: 'active',
    location: [139 + Number(id.slice(1)) * 0.01, 36],
    lastVerifiedAt: '',
    createdAt: '2025-01-01T00:00:00Z',
    ...extra,
  }) as unknown as Resource;
const suggestion = (id: string, districtId: string) =>
  ({ id, districtId, resourceId: 'r1', proposal: null }) as unknown as QueuedSuggestion;
const coordinator = staffUser('coordinator', ['d1']);

async function loaded(): Promise<ManagePage> {
  const page = new ManagePage();
  await page.load(true);
  return page;
}

beforeEach(() => {
  vi.clearAllMocks();
  gateway.emitAuth(coordinator);
  gateway.listAreas.mockImplementation(async ({ kind }: { kind: string }) =>
    kind === 'district'
      ? ([
          { id: 'd1', kind, name: '北' },
          { id: 'd2', kind, name: '南' },
        ] as Area[])
      : [],
  );
  gateway.listResources.mockResolvedValue([
    place('r1', 'd1'),
    // the same place twice, a few metres apart
    place('r2', 'd1', { name: 'いきいきサロン', location: [139.5, 36] }),
    place('r3', 'd1', { name: 'いきいきサロン', location: [139.5, 36.00001] }),
    place('r9', 'd2'),
  ]);
  gateway.listContacts.mockResolvedValue([{ resourceId: 'r1', directPhone: '1' }]);
  gateway.getResource.mockImplementation(async (id: string) => place(id, 'd1'));
  coord.listSuggestionQueue.mockResolvedValue([suggestion('s1', 'd1'), suggestion('s2', 'd2')]);
  coord.listStaffNames.mockResolvedValue({ u1: '佐藤' });
  listLatestOutreach.mockResolvedValue({});
  listDismissedPairs.mockResolvedValue(new Set());
  listChangesSince.mockResolvedValue([]);
});

describe('ManagePage: loading', () => {
  it("holds only the coordinator's districts' records, contacts and suggestions", async () => {
    const page = await loaded();
    expect(page.status).toBe('ready');
    expect(page.districts.map((d) => d.id)).toEqual(['d1']);
    expect(page.resources.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(page.suggestions.map((s) => s.id)).toEqual(['s1']);
    expect(Object.keys(page.contacts)).toEqual(['r1']);
    expect(page.staffNames).toEqual({ u1: '佐藤' });
  });

  it('gives an admin every district', async () => {
    gateway.emitAuth(staffUser('admin', [], 'u9'));
    const page = await loaded();
    expect(page.districts.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(page.resources.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r9']);
  });

  it('reads nothing of its own for someone who cannot edit', async () => {
    gateway.emitAuth(staffUser('care_manager', [], 'u5'));
    const page = await loaded();
    expect([page.status, page.canEdit, page.districts]).toEqual(['ready', false, []]);
    expect(coord.listSuggestionQueue).not.toHaveBeenCalled();
    expect(page.resources).toEqual([]);
  });

  it("forgets the coordinator's records, contacts and suggestions at sign-out", async () => {
    const page = await loaded();
    expect(Object.keys(page.contacts)).toEqual(['r1']);
    gateway.emitAuth(null);
    await page.load();
    expect([page.status, page.canEdit]).toEqual(['ready', false]);
    expect(page.resources).toEqual([]);
    expect(page.contacts).toEqual({});
    expect(page.suggestions).toEqual([]);
    expect(page.outreach).toEqual({});
    expect(page.staffNames).toEqual({});
    expect(page.duplicatePairs).toEqual([]);
    expect(page.trends).toBeNull();
  });

  it('loads once per sign-in, again for the next user, and when forced', async () => {
    const page = new ManagePage();
    await Promise.all([page.load(), page.load()]);
    await page.load();
    expect(coord.listSuggestionQueue).toHaveBeenCalledTimes(1);
    gateway.emitAuth(staffUser('admin', [], 'u9'));
    await page.load();
    expect(coord.listSuggestionQueue).toHaveBeenCalledTimes(2);
    expect(page.suggestions.map((s) => s.id)).toEqual(['s1', 's2']);
    await page.load(true);
    expect(coord.listSuggestionQueue).toHaveBeenCalledTimes(3);
  });

  it('fails when a read fails, and the next load reads again', async () => {
    coord.listStaffNames.mockRejectedValueOnce(new Error('offline'));
    const page = await loaded();
    expect([page.status, page.resources]).toEqual(['error', []]);
    await page.load();
    expect(page.status).toBe('ready');
    expect(page.staffNames).toEqual({ u1: '佐藤' });
  });

  it("loads the add form's towns and the city with its boundaries, once", async () => {
    const areasOf = gateway.listAreas.getMockImplementation()!;
    gateway.listAreas.mockImplementation(async (opts: { kind: string }) =>
      opts.kind === 'town' ? [{ id: 't1', kind: 'town', name: '本町' }] : areasOf(opts),
    );
    const page = new ManagePage();
    expect(page.formStatus).toBe('idle');
    await Promise.all([page.loadFormData(), page.loadFormData()]);
    expect(page.formStatus).toBe('ready');
    expect(page.towns.map((t) => t.id)).toEqual(['t1']);
    const asked = gateway.listAreas.mock.calls.map(([o]) => o);
    expect(asked.filter((o) => o.kind === 'town')).toEqual([{ kind: 'town' }]);
    expect(asked).toContainEqual({ kind: 'district', withGeometry: true });
  });

  it('shows every pair when the dismissed list cannot be read', async () => {
    listDismissedPairs.mockRejectedValueOnce(new Error('offline'));
    const page = await loaded();
    expect(page.status).toBe('ready');
    expect(page.duplicatePairs.map((p) => [p.first.id, p.second.id])).toEqual([['r2', 'r3']]);
  });

  it('reads the change log of the last 12 months for the trend, empty when it fails', async () => {
    const page = await loaded();
    await vi.waitFor(() => expect(page.trends).not.toBeNull());
    await page.loadTrends(new Date('2026-12-05T00:00:00Z'));
    expect(listChangesSince).toHaveBeenLastCalledWith(
      gateway,
      'resources',
      expect.stringMatching(/^2025-12-/),
      ['r1', 'r2', 'r3'],
    );
    expect(Object.keys(page.trends!)).toEqual(['d1']);
    expect(page.trends!.d1).toHaveLength(TREND_MONTHS);
    listChangesSince.mockRejectedValueOnce(new Error('forbidden'));
    await page.loadTrends();
    expect(page.trends).toEqual({});
  });
});

describe('ManagePage: possible duplicates', () => {
  it('merges a pair, sending what to take, and shows both records as they are now', async () => {
    const page = await loaded();
    mergeResources.mockResolvedValueOnce({ kept: 'r2', merged: 'r3' } as never);
    gateway.getResource.mockImplementation(async (id: string) =>
      place(id, 'd1', id === 'r3' ? { status: 'closed' } : { name: 'いきいきサロン' }),
    );
    await page.mergeDuplicates('r2', 'r3', ['website']);
    expect(mergeResources).toHaveBeenCalledWith(gateway, 'r2', 'r3', ['website']);
    expect(gateway.getResource.mock.calls.map(([id]) => id)).toEqual(['r2', 'r3']);
    expect(page.resources.find((r) => r.id === 'r3')!.status).toBe('closed');
    expect(page.duplicatePairs).toEqual([]);
  });

  it('a refused merge changes nothing in the list', async () => {
    const page = await loaded();
    mergeResources.mockRejectedValueOnce(new GatewayError('outside your districts', 403));
    await expect(page.mergeDuplicates('r2', 'r3', [])).rejects.toThrow('outside your districts');
    expect(gateway.getResource).not.toHaveBeenCalled();
    expect(page.duplicatePairs).toHaveLength(1);
  });

  it('dismisses a pair and no longer offers it', async () => {
    const page = await loaded();
    expect(page.duplicatePairs).toHaveLength(1);
    listDismissedPairs.mockResolvedValueOnce(new Set(['r2|r3']));
    await page.dismissDuplicate('r3', 'r2');
    expect(markNotDuplicate).toHaveBeenCalledWith(gateway, 'r3', 'r2');
    expect(page.duplicatePairs).toEqual([]);
  });
});

describe('ManagePage: actions', () => {
  it('confirms each record on its own and says how many were confirmed and how many failed', async () => {
    const page = await loaded();
    coord.confirmResource.mockImplementation(async (_g, id) => {
      if (id === 'r2') throw new GatewayError('outside your districts', 403);
      return place(id, 'd1', { lastVerifiedAt: '2026-12-05' });
    });
    const seq = page.messageSeq;
    await page.confirm(['r1', 'r2', 'r3'], 'phone');
    expect(coord.confirmResource.mock.calls.map((c) => c.slice(1))).toEqual([
      ['r1', 'phone'],
      ['r2', 'phone'],
      ['r3', 'phone'],
    ]);
    expect(page.message).toBe(
      '2件を本日確認済みにしました。1件は保存できませんでした（outside your districts）',
    );
    expect(page.messageSeq).toBe(seq + 1);
    expect(page.resources.find((r) => r.id === 'r3')!.lastVerifiedAt).toBe('2026-12-05');
    expect(page.busy).toBe(false);
    await page.confirm(['r1'], 'visit');
    expect(page.message).toBe('「場所r1」を本日確認済みにしました。');
  });

  it('says only how many failed when no record could be confirmed', async () => {
    const page = await loaded();
    coord.confirmResource.mockRejectedValueOnce(new Error('offline'));
    coord.confirmResource.mockRejectedValueOnce(new Error('forbidden'));
    await page.confirm(['r1', 'r2'], 'phone');
    expect(page.message).toBe('2件は保存できませんでした（offline）');
  });

  it('marks letters sent, and names a future date the server refused', async () => {
    const page = await loaded();
    const mark = { resourceId: 'r1', channel: 'post', sentOn: '2026-12-01' };
    markOutreachSent.mockResolvedValueOnce([mark] as never);
    expect(await page.markSent(['r1'], 'post', '2026-12-01')).toBe(true);
    expect(markOutreachSent).toHaveBeenCalledWith(gateway, ['r1'], 'post', '2026-12-01');
    expect(page.outreach.r1).toEqual(mark);
    expect(page.message).toContain('1件を');
    markOutreachSent.mockRejectedValueOnce(new GatewayError('bad', 400, { sent_on: 'future' }));
    expect(await page.markSent(['r1'], 'post', '2099-01-01')).toBe(false);
    expect(page.message).toBe('送った日に未来の日付は選べません。');
    markOutreachSent.mockRejectedValueOnce(new Error('offline'));
    await page.markSent(['r1'], 'post', '2026-12-01');
    expect(page.message).toBe('保存できませんでした（offline）');
    expect(page.busy).toBe(false);
  });

  it("accepts an organiser's answer through its proposal and a resident's as it is", async () => {
    const page = await loaded();
    const plain = suggestion('s1', 'd1');
    const answer = { ...plain, id: 's3', proposal: { name: '新しい名前' } } as never;
    await page.acceptSuggestion(plain);
    await page.acceptSuggestion(answer);
    expect(coord.acceptSuggestion).toHaveBeenCalledWith(gateway, plain);
    expect(acceptOrganiserProposal).toHaveBeenCalledWith(gateway, answer, { name: '新しい名前' });
    page.removeSuggestion('s1');
    expect(page.suggestions).toEqual([]);
  });

  it("declines a resident's suggestion with the reason given", async () => {
    const page = await loaded();
    await page.declineSuggestion(suggestion('s1', 'd1'), '同じ内容の提案が先にありました');
    expect(coord.declineSuggestion).toHaveBeenCalledWith(
      gateway,
      's1',
      '同じ内容の提案が先にありました',
    );
  });

  it('adds a created record to the list', async () => {
    const page = await loaded();
    coord.saveResource.mockResolvedValueOnce(place('r4', 'd1'));
    await page.create({ name: '場所r4' });
    expect(coord.saveResource).toHaveBeenCalledWith(gateway, { name: '場所r4' });
    expect(page.resources.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
  });
});
