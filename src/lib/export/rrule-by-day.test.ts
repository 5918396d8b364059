import { describe, expect, it } from 'vitest';
import type { MonthlyNthRule } from '../domain/types';
import { rruleByDay } from './rrule-by-day';

const NTH: MonthlyNthRule = { type: 'monthly_nth', nth: [], weekdays: [], start: '', end: '' };

describe('rruleByDay', () => {
  it('writes RFC 5545 weekdays in the rule order', () => {
    expect(
      rruleByDay({ type: 'weekly', weekdays: ['sun', 'thu', 'sat'], start: '', end: '' }),
    ).toBe('SU,TH,SA');
  });

  it('pairs every nth with every weekday, the last week as -1', () => {
    expect(rruleByDay({ ...NTH, nth: [2, 4], weekdays: ['wed', 'mon'] })).toBe('2WE,2MO,4WE,4MO');
    expect(rruleByDay({ ...NTH, nth: [-1], weekdays: ['fri'] })).toBe('-1FR');
  });
});
