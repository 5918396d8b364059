// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { GatewayError } from '$lib/data-access/gateway';
import type { OrganiserPlace } from '$lib/data-access/organiser-links';
import { scheduleOf } from '$lib/domain/__fixtures__/schedule-of';

vi.mock('$lib/data-access/browser-gateway', () => ({ gateway: {} }));
const fake = vi.hoisted(() => ({ read: vi.fn(), send: vi.fn() }));
vi.mock('$lib/data-access/organiser-links', () => ({
  readOrganiserPlace: fake.read,
  sendOrganiserAnswer: fake.send,
}));

const { changesFrom, formFor, tokenFromHash, UpdatePage } = await import('./update-page.svelte');

const place: OrganiserPlace = {
  name: 'いきいきサロン',
  districtName: '中央',
  address: '',
  schedule: scheduleOf(),
  cost: { amountYen: null, unit: 'per_visit', note: '' },
  publicPhone: '027-111-2222',
  status: 'active',
  statusReason: '',
  acceptingNewcomers: '',
  capacity: 0,
  capacityAvailable: null,
  capacityUpdatedAt: '',
  lastVerifiedAt: '',
  verificationMethod: '',
  contact: { personInCharge: '', directPhone: '' },
  expiresAt: '2027-03-01T00:00:00Z',
  pendingSince: '',
};

describe('tokenFromHash', () => {
  it('reads the fragment', () => {
    expect(tokenFromHash('#abcDEF123')).toBe('abcDEF123');
    expect(tokenFromHash('')).toBe('');
  });
});

describe('changesFrom', () => {
  it('the untouched form changes nothing (unknown stays unknown)', () => {
    expect(changesFrom(place, formFor(place))).toEqual({ changes: {}, errors: {} });
  });

  it('sends only what differs, with full-width digits read as numbers', () => {
    const form = {
      ...formFor(place),
      status: 'paused' as const,
      statusReason: '改修',
      capacity: '１５',
      capacityAvailable: '0',
      acceptingNewcomers: 'yes' as const,
    };
    expect(changesFrom(place, form).changes).toEqual({
      status: 'paused',
      statusReason: '改修',
      capacity: 15,
      capacityAvailable: 0,
      acceptingNewcomers: 'yes',
    });
  });

  it('names each bad field', () => {
    const form = {
      ...formFor(place),
      publicPhone: 'call me',
      capacity: '-3',
      costChoice: 'per_visit' as const,
      costAmount: '',
    };
    expect(changesFrom(place, form)).toEqual({
      changes: null,
      errors: { publicPhone: 'phone', capacity: 'count', costAmount: 'count' },
    });
  });
});

describe('UpdatePage (fake gateway)', () => {
  it('no token: a problem, and the server is never asked', async () => {
    const page = new UpdatePage();
    await page.load('');
    expect(page.problem).toBe('no_token');
    expect(fake.read).not.toHaveBeenCalled();
  });

  it('an expired or withdrawn link is named; a network failure is the loader’s error with a retry', async () => {
    const page = new UpdatePage();
    fake.read.mockRejectedValueOnce(
      new GatewayError('This link has expired.', 410, { token: 'This link has expired.' }),
    );
    await page.load('#tok');
    expect([page.loader.status, page.problem]).toEqual(['ready', 'expired']);
    fake.read.mockRejectedValueOnce(
      new GatewayError('This link has been replaced or withdrawn.', 410, {
        token: 'This link has been replaced or withdrawn.',
      }),
    );
    await page.load('#tok2');
    expect(page.problem).toBe('revoked');
    fake.read.mockRejectedValueOnce(new GatewayError('offline', 0));
    await page.load('#tok3');
    expect([page.loader.status, page.loader.error]).toEqual(['error', 'offline']);
  });

  it('sends the token it was opened with and reports what was sent', async () => {
    const page = new UpdatePage();
    fake.read.mockResolvedValueOnce(place);
    await page.load('#secret');
    expect(page.place?.name).toBe('いきいきサロン');
    fake.send.mockResolvedValueOnce({ id: 'x', status: 'accepted' });
    expect(await page.send({ stillSame: true })).toBe(true);
    expect(fake.send).toHaveBeenLastCalledWith({}, 'secret', { stillSame: true });
    expect(page.sent).toBe('confirmed');
    fake.send.mockRejectedValueOnce(new GatewayError('Too Many Requests.', 429));
    expect(await page.send({ changes: { capacity: 3 } })).toBe(false);
    expect(page.problem).toBe('too_many');
  });
});
