import { describe, expect, it } from 'vitest';
import { shortlistChanges } from './shortlist-changes';
import { shortlistSnapshot } from './shortlist-snapshot';
import type { Resource } from './types';
import { scheduleOf } from './__fixtures__/schedule-of';
import { yanagichoSalon } from './__fixtures__/yanagicho-salon';

const resource = {
  ...yanagichoSalon(),
  publicPhone: '027-000-0000',
  schedule: scheduleOf({
    rules: [{ type: 'weekly', weekdays: ['wed'], start: '10:00', end: '12:00' }],
  }),
  cost: { amountYen: 100, unit: 'per_visit', note: '' },
  description: 'not compared',
  lastVerifiedAt: '2026-01-01T00:00:00Z',
} as unknown as Resource;

describe('shortlistChanges', () => {
  it('finds nothing when the record is as it was', () => {
    expect(shortlistChanges(shortlistSnapshot(resource), resource)).toEqual([]);
  });

  it('is a copy: editing the record later does not change the snapshot', () => {
    const snapshot = shortlistSnapshot(resource);
    const edited = structuredClone(resource);
    edited.schedule.rules[0]!.start = '13:00';
    expect(snapshot.schedule.rules[0]).toMatchObject({ start: '10:00' });
    expect(shortlistChanges(snapshot, edited)).toEqual(['schedule']);
  });

  it('lists each changed sheet field in sheet order, ignoring fields the sheet does not show', () => {
    const snapshot = shortlistSnapshot(resource);
    const now = {
      ...resource,
      publicPhone: '027-111-1111',
      cost: { amountYen: 200, unit: 'per_visit', note: '' },
      status: 'paused',
      description: 'changed, not on the sheet',
      lastVerifiedAt: '2026-02-01T00:00:00Z',
    } as Resource;
    expect(shortlistChanges(snapshot, now)).toEqual(['status', 'cost', 'publicPhone']);
  });

  it('compares objects by content, whatever the key order after storage', () => {
    const stored = JSON.parse(JSON.stringify(shortlistSnapshot(resource)));
    stored.cost = { note: '', unit: 'per_visit', amountYen: 100 };
    expect(shortlistChanges(stored, resource)).toEqual([]);
    // unknown → known counts as a change
    expect(shortlistChanges({ ...stored, eligibility: null }, resource)).toEqual(['eligibility']);
  });
});
