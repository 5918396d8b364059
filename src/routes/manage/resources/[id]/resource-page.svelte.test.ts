// @vitest-environment happy-dom
/**
 * One record's edit page state against a fake gateway: a record that is not there is "not
 * found" (not an error), the newest record asked for is the one shown, staff data is read only
 * for staff who edit, confirming and saving (alone, or with a suggestion in one batch) update
 * the record, bump the history's version and end in one status message, and the update-link
 * and support-event calls send what the page asks for.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as changeHistory from '$lib/data-access/change-history';
import * as coordination from '$lib/data-access/coordination';
import type { QueuedSuggestion } from '$lib/data-access/coordination';
import { GatewayError } from '$lib/data-access/gateway';
import * as organiserLinks from '$lib/data-access/organiser-links';
import * as supportEvents from '$lib/data-access/support-events';
import type { Area, Resource } from '$lib/domain/types';
import { connectFakeGateway, staffUser } from '$lib/state/__fixtures__/fake-gateway';
import { cityData } from '$lib/state/city-data.svelte';
import { ResourcePage } from './resource-page.svelte';

import { load } from '../../+layout';

// The route's own message areas, as its +layout.ts provides them before the page renders.
load();

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
vi.mock('$lib/data-access/change-history', async (original) => ({
  ...(await original<typeof changeHistory>()),
  listChangeHistory: vi.fn(),
}));
vi.mock('$lib/data-access/coordination', async (original) =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeCoordinationModule(original),
);
vi.mock('$lib/data-access/organiser-links', async (original) => ({
  ...(await original<typeof organiserLinks>()),
  getUpdateLink: vi.fn(),
  issueUpdateLink: vi.fn(),
  revokeUpdateLink: vi.fn(),
}));
vi.mock('$lib/data-access/support-events', async (original) => ({
  ...(await original<typeof supportEvents>()),
  addSupportEvent: vi.fn(),
  listSupportEvents: vi.fn(),
}));

const { gateway } = await connectFakeGateway();
const coord = vi.mocked(coordination);
const links = vi.mocked(organiserLinks);
const events = vi.mocked(supportEvents);
const listChangeHistory = vi.mocked(changeHistory.listChangeHistory);

const record = (extra: Partial<Resource> = {}) =>
  ({ id: 'r1', name: 'いきいきサロン', districtId: 'd1', ...extra }) as unknown as Resource;
const suggestion = (id: string) =>
  ({ id, resourceId: 'r1', districtId: 'd1', proposal: null }) as unknown as QueuedSuggestion;

async function loaded(withStaffData = true): Promise<ResourcePage> {
  const page = new ResourcePage();
  await page.load('r1', withStaffData);
  return page;
}

beforeEach(() => {
  vi.clearAllMocks();
  gateway.emitAuth(staffUser('coordinator', ['d1']));
  gateway.getResource.mockResolvedValue(record());
  gateway.listAreas.mockImplementation(async ({ kind }: { kind: string }) =>
    kind === 'town' ? ([{ id: 't1', kind, name: '本町' }] as Area[]) : [],
  );
  gateway.listResources.mockResolvedValue([]);
  coord.listSuggestionQueue.mockResolvedValue([suggestion('s1'), suggestion('s2')]);
  coord.listStaffNames.mockResolvedValue({ u1: '佐藤' });
});

describe('ResourcePage: loading', () => {
  it('reads the record, the towns and, for staff who edit, its suggestions and staff names', async () => {
    const page = await loaded();
    expect([page.status, page.notFound]).toEqual(['ready', false]);
    expect(page.resource?.id).toBe('r1');
    expect(page.towns.map((t) => t.id)).toEqual(['t1']);
    expect(coord.listSuggestionQueue).toHaveBeenCalledWith(gateway, { resourceId: 'r1' });
    expect(page.suggestions.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(page.staffNames).toEqual({ u1: '佐藤' });
  });

  it("reads the city's boundaries for the map, and shows the newest record asked for", async () => {
    let answerFirst!: (r: Resource) => void;
    gateway.getResource.mockReturnValueOnce(new Promise((done) => (answerFirst = done)));
    gateway.getResource.mockResolvedValueOnce(record({ id: 'r2' }));
    const loadCity = vi.spyOn(cityData, 'load');
    const page = new ResourcePage();
    const first = page.load('r1', false);
    await page.load('r2', false);
    answerFirst(record());
    await first;
    expect(page.resource?.id).toBe('r2');
    expect(loadCity).toHaveBeenCalledWith({ geometry: true });
    loadCity.mockRestore();
  });

  it('reads no staff data for a reader', async () => {
    const page = await loaded(false);
    expect(coord.listSuggestionQueue).not.toHaveBeenCalled();
    expect([page.suggestions, page.staffNames]).toEqual([[], {}]);
  });

  it('forgets the record, its suggestions and staff names when the reads after a sign-out are refused', async () => {
    const page = await loaded();
    gateway.emitAuth(null);
    coord.listSuggestionQueue.mockRejectedValueOnce(new GatewayError('forbidden', 403));
    await page.load('r1', true);
    expect(page.status).toBe('error');
    expect([page.resource, page.suggestions, page.staffNames]).toEqual([null, [], {}]);
  });

  it('a 404 is "not found", any other failure an error', async () => {
    gateway.getResource.mockRejectedValueOnce(new GatewayError('not found', 404));
    const page = await loaded();
    expect([page.status, page.notFound, page.resource]).toEqual(['ready', true, null]);
    gateway.getResource.mockRejectedValueOnce(new GatewayError('server down', 503));
    await page.load('r1', true);
    expect(page.status).toBe('error');
  });
});

describe('ResourcePage: confirm and save', () => {
  it('confirms the record, bumps the history and announces it, or announces the refusal', async () => {
    const page = await loaded();
    coord.confirmResource.mockResolvedValueOnce(record({ lastVerifiedAt: '2026-12-05' }));
    expect((await page.confirm('phone'))?.lastVerifiedAt).toBe('2026-12-05');
    expect(coord.confirmResource).toHaveBeenCalledWith(gateway, 'r1', 'phone');
    expect([page.version, page.messageSeq]).toEqual([1, 1]);
    expect(page.message).toBe('「いきいきサロン」を本日確認済みにしました。');
    coord.confirmResource.mockRejectedValueOnce(new GatewayError('forbidden', 403));
    expect(await page.confirm('phone')).toBeNull();
    expect(page.message).toBe('保存できませんでした（forbidden）');
    expect([page.version, page.messageSeq]).toEqual([1, 2]);
  });

  it('confirms nothing when there is no record', async () => {
    gateway.getResource.mockRejectedValueOnce(new GatewayError('not found', 404));
    const page = await loaded();
    expect(await page.confirm('phone')).toBeNull();
    expect(coord.confirmResource).not.toHaveBeenCalled();
    expect(page.messageSeq).toBe(0);
  });

  it('saves the fields alone', async () => {
    const page = await loaded();
    coord.saveResource.mockResolvedValueOnce(record({ name: '新しい名前' }));
    expect((await page.save({ name: '新しい名前' }, '')).name).toBe('新しい名前');
    expect(coord.saveResource).toHaveBeenCalledWith(gateway, { name: '新しい名前' }, 'r1');
    expect(coord.acceptSuggestion).not.toHaveBeenCalled();
    expect([page.resource?.name, page.message, page.version]).toEqual([
      '新しい名前',
      '保存しました。',
      1,
    ]);
  });

  it('saves the fields with the accepted suggestion in one batch, and drops that suggestion', async () => {
    const page = await loaded();
    gateway.getResource.mockResolvedValueOnce(record({ name: '直した名前' }));
    await page.save({ name: '直した名前' }, 's2');
    expect(coord.acceptSuggestion).toHaveBeenCalledWith(gateway, suggestion('s2'), {
      name: '直した名前',
    });
    expect(coord.saveResource).not.toHaveBeenCalled();
    expect(page.resource?.name).toBe('直した名前');
    expect(page.suggestions.map((s) => s.id)).toEqual(['s1']);
    expect(page.message).toBe('保存しました。情報提供を採用しました。');
  });

  it('passes a refused save to the form and keeps the record as it was', async () => {
    const page = await loaded();
    coord.saveResource.mockRejectedValueOnce(new GatewayError('bad', 400, { name: 'required' }));
    await expect(page.save({ name: '' }, '')).rejects.toThrow('bad');
    expect([page.resource?.name, page.version, page.messageSeq]).toEqual(['いきいきサロン', 0, 0]);
  });
});

describe('ResourcePage: history, support, update link', () => {
  it('sends the record and collection asked for', async () => {
    const page = await loaded();
    listChangeHistory.mockResolvedValueOnce([]);
    await page.changeHistory('resource_contacts', 'c1');
    expect(listChangeHistory).toHaveBeenCalledWith(gateway, 'resource_contacts', 'c1');
    events.listSupportEvents.mockResolvedValueOnce([]);
    await page.supportEvents('r1');
    expect(events.listSupportEvents).toHaveBeenCalledWith(gateway, 'r1');
    const input = {
      resourceId: 'r1',
      stage: 'restart',
      happenedOn: '2026-12-01',
      note: '',
    } as const;
    events.addSupportEvent.mockResolvedValueOnce({ id: 'e1', recordedById: 'u1', ...input });
    expect((await page.addSupportEvent(input)).id).toBe('e1');
    expect(events.addSupportEvent).toHaveBeenCalledWith(gateway, input);
  });

  it('issues a link for the days asked and gives its URL on this site; revokes and reads it', async () => {
    const page = await loaded();
    links.issueUpdateLink.mockResolvedValueOnce({ id: 'l1', token: 'a/b', expiresAt: '' });
    expect(await page.issueUpdateLink('r1', 30)).toBe(`${location.origin}/update#a%2Fb`);
    expect(links.issueUpdateLink).toHaveBeenCalledWith(gateway, 'r1', 30);
    links.revokeUpdateLink.mockResolvedValueOnce(1);
    await page.revokeUpdateLink('r1');
    expect(links.revokeUpdateLink).toHaveBeenCalledWith(gateway, 'r1');
    links.getUpdateLink.mockResolvedValueOnce(null);
    expect(await page.updateLink('r1')).toBeNull();
    expect(links.getUpdateLink).toHaveBeenCalledWith(gateway, 'r1');
  });

  it('drops a handled suggestion and announces it', async () => {
    const page = await loaded();
    page.removeSuggestion('s1', '採用しました。');
    expect(page.suggestions.map((s) => s.id)).toEqual(['s2']);
    expect([page.message, page.messageSeq]).toEqual(['採用しました。', 1]);
  });
});
