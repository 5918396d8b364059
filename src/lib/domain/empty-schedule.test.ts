import { describe, expect, it } from 'vitest';
import { emptySchedule } from './empty-schedule';

describe('emptySchedule', () => {
  it('says nothing, and each call is a fresh object a caller may fill', () => {
    const a = emptySchedule();
    expect(a).toEqual({
      rules: [],
      closedOnPublicHolidays: false,
      closedPeriods: [],
      closedDates: [],
      note: '',
    });
    a.rules.push({ type: 'irregular', note: 'x' });
    a.closedDates.push('2026-01-01');
    expect(emptySchedule().rules).toEqual([]);
    expect(emptySchedule().closedDates).toEqual([]);
  });
});
