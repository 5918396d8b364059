import { describe, expect, it, vi } from 'vitest';

vi.mock('$lib/data-access/browser-gateway', () => ({ gateway: {} }));

const { changesFrom, formFor, tokenFromHash } = await import('./update-page.svelte');
import type { OrganiserPlace } from '$lib/data-access/organiser-links';

const place: OrganiserPlace = {
  name: 'いきいきサロン',
  districtName: '中央',
  address: '',
  schedule: { rules: [], closedOnPublicHolidays: false, closedPeriods: [], closedDates: [], note: '' },
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
    const form = { ...formFor(place), status: 'paused' as const, statusReason: '改修', capacity: '１５', capacityAvailable: '0', acceptingNewcomers: 'yes' as const };
    expect(changesFrom(place, form).changes).toEqual({ status: 'paused', statusReason: '改修', capacity: 15, capacityAvailable: 0, acceptingNewcomers: 'yes' });
  });

  it('names each bad field', () => {
    const form = { ...formFor(place), publicPhone: 'call me', capacity: '-3', costChoice: 'per_visit' as const, costAmount: '' };
    expect(changesFrom(place, form)).toEqual({ changes: null, errors: { publicPhone: 'phone', capacity: 'count', costAmount: 'count' } });
  });
});
