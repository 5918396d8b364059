// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as coordination from '$lib/data-access/coordination';
import { connectFakeGateway } from '$lib/state/__fixtures__/fake-gateway';
import type { Council, CouncilMeeting } from '$lib/domain/types';
import { CouncilsPage } from './councils-page.svelte';

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
vi.mock('$lib/data-access/coordination', async (original) => ({
  ...(await original<typeof coordination>()),
  saveCouncil: vi.fn(),
  addCouncilMeeting: vi.fn(),
}));
const { gateway } = await connectFakeGateway();
const saveCouncil = vi.mocked(coordination.saveCouncil);
const addCouncilMeeting = vi.mocked(coordination.addCouncilMeeting);

const council = {
  id: 'c1',
  layer: 2,
  districtId: 'd1',
  status: 'preparing',
  establishedOn: '',
  vision: '',
  coordinatorName: '',
} as unknown as Council;
const meeting = (id: string, heldOn: string) =>
  ({ id, councilId: 'c1', heldOn, theme: 't', attendees: 5, summary: '' }) as CouncilMeeting;

beforeEach(() => {
  vi.clearAllMocks();
  gateway.listAreas.mockResolvedValue([]);
  gateway.listResources.mockResolvedValue([]);
  gateway.listCouncils.mockResolvedValue([council]);
  gateway.listCouncilMeetings.mockResolvedValue([meeting('m1', '2026-04-01')]);
  gateway.listOrganizations.mockResolvedValue([
    { id: 'o1', name: '社協', type: 'social_welfare_council' },
  ]);
});

describe('CouncilsPage', () => {
  it('is ready once the shared councils and its own meetings and organisations are loaded', async () => {
    const page = new CouncilsPage();
    expect(page.status).toBe('loading');
    page.load();
    await vi.waitFor(() => expect(page.status).toBe('ready'));
    expect(page.meetings.map((m) => m.id)).toEqual(['m1']);
    expect(Object.keys(page.organizations)).toEqual(['o1']);
    expect(page.councils).toEqual([council]);
  });

  it('is in error when its own data fails, and loads it again on the next load', async () => {
    gateway.listCouncilMeetings.mockRejectedValueOnce(new Error('offline'));
    const page = new CouncilsPage();
    page.load();
    await vi.waitFor(() => expect(page.status).toBe('error'));
    page.load();
    await vi.waitFor(() => expect(page.status).toBe('ready'));
  });

  it('refuses an invalid council without calling the server, and shows a saved one at once', async () => {
    const page = new CouncilsPage();
    page.load();
    await vi.waitFor(() => expect(page.status).toBe('ready'));
    const errors = await page.saveCouncil('c1', {
      status: 'set_up',
      establishedOn: '',
      vision: '',
      coordinatorName: '',
    });
    expect(errors.establishedOn).toBe('required');
    expect(saveCouncil).not.toHaveBeenCalled();
    const saved = { ...council, status: 'set_up', establishedOn: '2026-05-01' } as Council;
    saveCouncil.mockResolvedValueOnce(saved);
    expect(
      await page.saveCouncil('c1', {
        status: 'set_up',
        establishedOn: '2026-05-01',
        vision: '',
        coordinatorName: '',
      }),
    ).toEqual({});
    expect(page.councils).toEqual([saved]);
  });

  it('records a meeting, newest first, and passes a server refusal on', async () => {
    const page = new CouncilsPage();
    page.load();
    await vi.waitFor(() => expect(page.status).toBe('ready'));
    expect(
      (await page.recordMeeting('c1', { heldOn: '', theme: '', attendees: 0, summary: '' })).heldOn,
    ).toBe('required');
    addCouncilMeeting.mockResolvedValueOnce(meeting('m2', '2026-06-01'));
    expect(
      await page.recordMeeting('c1', {
        heldOn: '2026-06-01',
        theme: '会議',
        attendees: 8,
        summary: '',
      }),
    ).toEqual({});
    expect(addCouncilMeeting).toHaveBeenCalledWith(gateway, {
      councilId: 'c1',
      heldOn: '2026-06-01',
      theme: '会議',
      attendees: 8,
      summary: '',
    });
    expect(page.meetings.map((m) => m.id)).toEqual(['m2', 'm1']);
    addCouncilMeeting.mockRejectedValueOnce(new Error('forbidden'));
    await expect(
      page.recordMeeting('c1', { heldOn: '2026-06-02', theme: '会議', attendees: 8, summary: '' }),
    ).rejects.toThrow('forbidden');
  });
});
