import { describe, expect, it } from 'vitest';
import { proposalDiff, proposalValues, readProposal } from './organiser-proposal';
import type { Resource } from './types';
import { scheduleOf } from './__fixtures__/schedule-of';

const place = {
  schedule: scheduleOf(),
  cost: { amountYen: 100, unit: 'per_visit', note: '' },
  publicPhone: '027-111-2222',
  status: 'active',
  acceptingNewcomers: null,
  capacity: 20,
  capacityAvailable: null,
} as unknown as Resource;

describe('readProposal', () => {
  it('reads an organiser answer and refuses anything else', () => {
    expect(readProposal({ kind: 'still_same', note: '' })).toEqual({
      kind: 'still_same',
      note: '',
    });
    expect(readProposal({ kind: 'changes', capacity: 3 })).toEqual({
      kind: 'changes',
      capacity: 3,
      note: '',
    });
    expect(readProposal(null)).toBeNull();
    expect(readProposal([])).toBeNull();
    expect(readProposal({ kind: 'publish' })).toBeNull();
  });
});

describe('proposalDiff and proposalValues', () => {
  it('"still the same" changes nothing', () => {
    expect(proposalDiff(place, { kind: 'still_same', note: '' })).toEqual([]);
    expect(proposalValues({ kind: 'still_same', note: '' })).toEqual({});
  });

  it('lists only the fields that differ; the schedule text is shown but not applied', () => {
    const rows = proposalDiff(place, {
      kind: 'changes',
      note: '',
      scheduleText: '第2水曜 10時〜',
      publicPhone: '027-111-2222', // unchanged
      status: 'paused',
      statusReason: '改修',
      acceptingNewcomers: 'no',
      capacity: 20, // unchanged
      capacityAvailable: 0,
    });
    expect(rows.map((r) => [r.field, r.before, r.after, r.applies])).toEqual([
      ['schedule', place.schedule, '第2水曜 10時〜', false],
      ['status', 'active', 'paused', true],
      ['acceptingNewcomers', null, false, true],
      ['capacityAvailable', null, 0, true],
    ]);
  });

  it('unknown stays unknown: "" newcomers becomes null, a null capacity stays null', () => {
    expect(
      proposalValues({
        kind: 'changes',
        note: '',
        acceptingNewcomers: '',
        capacity: null,
        status: 'closed',
      }),
    ).toEqual({
      acceptingNewcomers: null,
      capacity: null,
      status: 'closed',
      statusReason: '',
    });
  });
});
