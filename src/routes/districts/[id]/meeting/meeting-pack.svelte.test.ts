// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as changeHistory from '$lib/data-access/change-history';
import * as coordination from '$lib/data-access/coordination';
import { connectFakeGateway, staffUser } from '$lib/state/__fixtures__/fake-gateway';

import { MeetingPackData } from './meeting-pack.svelte';

vi.mock('$lib/data-access/browser-gateway', async () =>
  (await import('$lib/state/__fixtures__/fake-gateway')).fakeGatewayModule(),
);
vi.mock('$lib/data-access/browser-reads', () => import('$lib/data-access/browser-gateway'));
vi.mock('$lib/data-access/change-history', () => ({ listChangesSince: vi.fn() }));
vi.mock('$lib/data-access/coordination', () => ({ listSuggestionQueue: vi.fn() }));
const { gateway } = await connectFakeGateway();
const listChangesSince = vi.mocked(changeHistory.listChangesSince);
const listSuggestionQueue = vi.mocked(coordination.listSuggestionQueue);

beforeEach(async () => {
  vi.clearAllMocks();
  gateway.emitAuth(null);
  listChangesSince.mockResolvedValue([{ id: 'ch1' } as changeHistory.ChangeEntry]);
  listSuggestionQueue.mockResolvedValue([
    { id: 's1', districtId: 'd1' },
    { id: 's2', districtId: 'd2' },
  ] as coordination.QueuedSuggestion[]);
});

describe('MeetingPackData', () => {
  it('reads nothing for a visitor, then the changes and the district’s open suggestions once staff sign in', async () => {
    const pack = new MeetingPackData();
    const stop = $effect.root(() =>
      pack.follow(() => ({ districtId: 'd1', since: '2026-04-01', resourceIds: ['r1'] })),
    );
    flushSync();
    expect(listChangesSince).not.toHaveBeenCalled();
    expect(pack.status).toBe('idle');
    gateway.emitAuth(staffUser('coordinator', ['d1']));
    flushSync();
    await vi.waitFor(() => expect(pack.status).toBe('ready'));
    expect(listChangesSince).toHaveBeenCalledWith(gateway, 'resources', '2026-04-01', ['r1']);
    expect(pack.changes.map((c) => c.id)).toEqual(['ch1']);
    expect(pack.suggestions.map((s) => s.id)).toEqual(['s1']);
    stop();
  });

  it('waits for the district to be known', () => {
    gateway.emitAuth(staffUser('admin'));
    const pack = new MeetingPackData();
    const stop = $effect.root(() =>
      pack.follow(() => ({ districtId: '', since: '2026-04-01', resourceIds: [] })),
    );
    flushSync();
    expect(listChangesSince).not.toHaveBeenCalled();
    stop();
  });
});
