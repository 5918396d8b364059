import { describe, expect, it } from 'vitest';
import { confirmationShare } from './confirmation-share';
import { monthsBefore } from './months-before';
import { reconfirmQueue } from './reconfirm-queue';
import type { ResourceStatus } from './types';

const NOW = new Date('2026-11-21T12:00:00Z');
const rec = (name: string, lastVerifiedAt: string, status: ResourceStatus = 'active') => ({
  name,
  lastVerifiedAt,
  status,
});

describe('monthsBefore', () => {
  it('subtracts calendar months, clamping to the month end', () => {
    expect(monthsBefore(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe(
      '2026-02-28T00:00:00.000Z',
    );
    expect(monthsBefore(NOW, 12).toISOString()).toBe('2025-11-21T12:00:00.000Z');
  });
});

describe('confirmationShare', () => {
  it('counts records confirmed within 12 months of now, leaving closed ones out', () => {
    const list = [
      rec('a', '2026-10-01T00:00:00Z'),
      rec('b', '2025-11-21T12:00:00Z'), // exactly 12 months: still within
      rec('c', '2025-11-21T11:59:59Z'),
      rec('d', ''),
      rec('e', '2020-01-01T00:00:00Z', 'closed'),
    ];
    expect(confirmationShare(list, NOW)).toEqual({ total: 4, confirmed: 2, share: 0.5 });
    // the same records a month later: b drops out
    expect(confirmationShare(list, new Date('2026-12-22T00:00:00Z')).confirmed).toBe(1);
    expect(confirmationShare([], NOW).share).toBeNull();
  });
});

describe('reconfirmQueue', () => {
  it('lists records from 10 months, never-confirmed first, then oldest first', () => {
    const list = [
      rec('fresh', '2026-08-01T00:00:00Z'),
      rec('ten', '2026-01-10T00:00:00Z'),
      rec('old', '2024-05-01T00:00:00Z'),
      rec('never', ''),
      rec('gone', '2020-01-01T00:00:00Z', 'closed'),
    ];
    const q = reconfirmQueue(list, NOW);
    expect(q.map((e) => [e.resource.name, e.state])).toEqual([
      ['never', 'never'],
      ['old', 'overdue'],
      ['ten', 'due_soon'],
    ]);
    expect(q[2]?.ageDays).toBe(315);
    expect(reconfirmQueue(list, NOW, { includeCurrent: true }).at(-1)?.state).toBe('current');
  });
});
