// @vitest-environment happy-dom
/**
 * The place page's state class against a fake city-data store and a fake suggestions gateway:
 * a 404 is "missing" (not an error), other failures keep their text, the organisation follows
 * the place, and each way a suggestion can end maps to one outcome.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GatewayError } from '$lib/data-access/gateway';
import type { Organization, Resource } from '$lib/domain/types';

const fake = vi.hoisted(() => ({
  place: vi.fn<(id: string) => Promise<unknown>>(),
  organizations: vi.fn<() => Promise<unknown[]>>(),
  send: vi.fn<() => Promise<string>>(),
}));
vi.mock('$lib/state/city-data.svelte', () => ({
  cityData: { load: () => Promise.resolve(), place: fake.place, organizations: fake.organizations },
}));
vi.mock('$lib/state/session.svelte', () => ({ session: { generation: 0 } }));
vi.mock('$lib/data-access/browser-gateway', () => ({ gateway: {} }));
vi.mock('$lib/data-access/suggestions', () => ({ sendSuggestion: fake.send }));

const { PlacePage } = await import('./place-page.svelte');

const place = (id: string, organizationId = '') =>
  ({ id, name: `place ${id}`, organizationId }) as unknown as Resource;
const input = {
  resourceId: 'p1',
  topic: 'schedule' as const,
  message: '第3水曜日にも開きます',
  reporterName: '',
  reporterContact: '',
};

beforeEach(() => {
  fake.place.mockReset();
  fake.organizations.mockReset();
  fake.send.mockReset();
});

describe('PlacePage', () => {
  it('shows the place, then the organisation that runs it', async () => {
    fake.place.mockResolvedValue(place('p1', 'o1'));
    fake.organizations.mockResolvedValue([{ id: 'o1', name: '社協' } as Organization]);
    const data = new PlacePage();
    expect(data.status).toBe('loading');
    await data.loader.load('p1');
    expect(data.status).toBe('ready');
    expect(data.place?.id).toBe('p1');
    await vi.waitFor(() => expect(data.organization?.name).toBe('社協'));
  });

  it('a 404 is "missing" (ended or private), not an error', async () => {
    fake.place.mockRejectedValue(new GatewayError('not found', 404));
    const data = new PlacePage();
    await data.loader.load('gone');
    expect(data.status).toBe('missing');
    expect(data.place).toBeNull();
  });

  it('any other failure is an error with its text, and a retry can succeed', async () => {
    fake.place
      .mockRejectedValueOnce(new GatewayError('server down', 503))
      .mockResolvedValueOnce(place('p1'));
    const data = new PlacePage();
    await data.loader.load('p1');
    expect(data.status).toBe('error');
    expect(data.error).toBe('server down');
    await data.loader.retry();
    expect(data.status).toBe('ready');
  });

  it('maps each end of sending a suggestion to one outcome', async () => {
    const data = new PlacePage();
    fake.send.mockResolvedValueOnce('s1');
    expect(await data.send(input)).toEqual({ kind: 'sent' });
    fake.send.mockRejectedValueOnce(new GatewayError('too many', 429));
    expect(await data.send(input)).toEqual({ kind: 'rate_limited' });
    fake.send.mockRejectedValueOnce(new GatewayError('bad', 400, { message: 'too short' }));
    expect(await data.send(input)).toEqual({ kind: 'message_refused' });
    fake.send.mockRejectedValueOnce(new Error('offline'));
    expect(await data.send(input)).toEqual({ kind: 'failed', message: 'offline' });
  });
});
