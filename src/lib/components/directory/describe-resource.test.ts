import { describe, expect, it } from 'vitest';
import type { Cost, Schedule } from '$lib/domain/types';
import { en } from '$lib/i18n/en';
import { ja } from '$lib/i18n/ja';
import { describeSchedule } from '$lib/domain/describe-schedule';
import { describeCost, describeResource } from './describe-resource';

describe('describeCost', () => {
  const cost: Cost = { amountYen: 200, unit: 'per_visit', note: 'お茶菓子代' };

  it('puts the note in Japanese brackets in Japanese', () => {
    expect(describeCost(ja, cost)).toBe('1回 200円（お茶菓子代）');
  });

  it('puts the note in English brackets in English (no full-width punctuation)', () => {
    expect(describeCost(en, cost)).toBe('¥200 per visit (お茶菓子代)');
  });
});

describe('describeResource', () => {
  const schedule: Schedule = {
    rules: [{ type: 'weekly', weekdays: ['tue'], start: '10:00', end: '12:00' }],
    closedOnPublicHolidays: true,
    closedPeriods: [],
    closedDates: [],
    note: '',
  };
  const resource = {
    schedule,
    cost: { amountYen: 0, unit: 'free', note: '' } as Cost,
    eligibility: null,
    booking: 'drop_in' as const,
  };

  it('words each term as its own describer does, in the language given', () => {
    expect(describeResource(ja, resource, 'ja')).toEqual({
      schedule: describeSchedule(schedule, 'ja'),
      cost: '無料',
      eligibility: ja.enums.unconfirmed,
      booking: ja.enums.booking.drop_in,
    });
    expect(describeResource(en, resource, 'en').schedule).toEqual(describeSchedule(schedule, 'en'));
    expect(describeResource(en, resource, 'en').booking).toBe(en.enums.booking.drop_in);
  });
});
